import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { isTyping } from './isTyping';

/** In a text field the browser's own undo applies; everywhere else Ctrl+Z / Ctrl+Y undo and redo section edits. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const { section, undo, redo } = useAppStore.getState();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo(section);
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        void redo(section);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
