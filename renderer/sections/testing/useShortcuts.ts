import { useEffect, useRef } from 'react';
import { isTyping } from '../../app/isTyping';

/**
 * Single-key shortcuts on the whole window (keys compared in lower case, e.g. 'p', 'arrowright').
 * They do nothing while a field, a menu or a dialog has the keyboard, or with Ctrl, Alt or Meta
 * held. Escape in a field leaves the field (calls `onLeaveField`); Escape elsewhere runs the
 * 'escape' handler.
 */
export function useShortcuts(handlers: Record<string, () => void>, onLeaveField: () => void, enabled = true): void {
  // The latest handlers, without re-binding the listener on every render.
  const latest = useRef({ handlers, onLeaveField });
  useEffect(() => {
    latest.current = { handlers, onLeaveField };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
      // An open menu, dialog or list box (the File menu, say) has the keys to itself.
      if (event.target instanceof Element && event.target.closest('[role="menu"], [role="dialog"], [role="listbox"]')) return;
      const key = event.key.toLowerCase();
      const typing = isTyping(event.target);
      if (key === 'escape' && typing) {
        event.preventDefault();
        latest.current.onLeaveField();
        return;
      }
      if (typing) return;
      const handler = latest.current.handlers[key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
