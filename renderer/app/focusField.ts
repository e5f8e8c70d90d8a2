/**
 * Moves the keyboard focus to the control of a plan field. Controls mark their wrapper with
 * `data-field="<dotted path> [<dotted path> …]"`; a finding about `stakeholders.2.email` reaches the
 * email input of the third row, and one about a field with no control of its own reaches the
 * closest enclosing one (`stakeholders.2`, then `stakeholders`).
 */
export function focusField(field: string, root: ParentNode = document): boolean {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const path = parts.slice(0, n).join('.');
    const target = root.querySelector<HTMLElement>(`[data-field~="${CSS.escape(path)}"]`);
    if (!target) continue;
    target.scrollIntoView({ block: 'center' });
    const focusable = target.matches('input, select, textarea, button, [tabindex]')
      ? target
      : target.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button:not([disabled]), [tabindex]:not([tabindex="-1"])');
    (focusable ?? target).focus({ preventScroll: true });
    return true;
  }
  return false;
}
