import { SECTION_IDS, type SectionId } from '../../shared/plan/findings';

/** Sections live in the URL hash as `#/configuration`, so a reload keeps the user where they were. */
export const DEFAULT_SECTION: SectionId = 'overview';

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return isSectionId(id) ? id : DEFAULT_SECTION;
}

export function hashForSection(section: SectionId): string {
  return `#/${section}`;
}
