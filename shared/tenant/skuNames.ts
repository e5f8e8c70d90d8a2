import type { Sku } from '../plan/schema';
import { detached } from '../text';

/**
 * Exports name a license three ways: by SKU part number (SPE_E3), by SKU id (a GUID, in Graph and
 * PowerShell output) or by product name (the admin center's "Licenses" column, joined with "+").
 * This maps all three to part numbers, the form the plan's SKU table and the checks use.
 */

/** SKU ids and former product names of the SKUs sspr-domain.md §4 names. */
const KNOWN: { part: string; id: string; names: string[] }[] = [
  { part: 'AAD_PREMIUM', id: '078d2b04-f1bd-4111-bbd4-b4b1b354cef4', names: ['Azure Active Directory Premium P1', 'Entra ID P1'] },
  { part: 'AAD_PREMIUM_P2', id: '84a661c4-e949-4bd2-a560-ed7766fcaf2b', names: ['Azure Active Directory Premium P2', 'Entra ID P2'] },
  { part: 'EMS', id: 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e', names: ['Enterprise Mobility + Security E3', 'EMS E3'] },
  { part: 'EMSPREMIUM', id: 'b05e124f-c7cc-45a0-a6aa-8cf78c946968', names: ['Enterprise Mobility + Security E5', 'EMS E5'] },
  { part: 'SPE_E3', id: '05e9a617-0261-4cee-bb44-138d3ef5d965', names: ['Microsoft 365 E3'] },
  { part: 'SPE_E5', id: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', names: ['Microsoft 365 E5'] },
  { part: 'SPB', id: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', names: ['Microsoft 365 Business Premium'] },
  { part: 'O365_BUSINESS_PREMIUM', id: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3', names: ['Microsoft 365 Business Standard', 'Office 365 Business Premium'] },
];

/** Names compare on letters and digits only: "Enterprise Mobility + Security E3" = "enterprisemobilitysecuritye3". */
const nameKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export type SkuResolver = (cell: string) => string[];

/**
 * A resolver for one import: the plan's own SKU table (so a SKU the team added is recognized by its
 * name too) plus the built-in names. Unknown values are kept as written, so the coverage report can
 * name them.
 */
export function skuResolver(skus: readonly Pick<Sku, 'skuPartNumber' | 'name'>[]): SkuResolver {
  const byKey = new Map<string, string>();
  const add = (name: string, part: string) => {
    const key = nameKey(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, part);
  };
  for (const sku of skus) {
    add(sku.skuPartNumber, sku.skuPartNumber);
    add(sku.name, sku.skuPartNumber);
  }
  for (const k of KNOWN) {
    const part = skus.find((s) => nameKey(s.skuPartNumber) === nameKey(k.part))?.skuPartNumber ?? k.part;
    for (const name of [k.part, k.id, ...k.names]) add(name, part);
  }
  const lookup = (text: string) => byKey.get(nameKey(text));

  /** "A+B" splits on "+", except where the plus belongs to a name ("Enterprise Mobility + Security E3"). */
  const splitPlus = (token: string): string[] => {
    const parts = token.split('+');
    const out: string[] = [];
    for (let i = 0; i < parts.length; ) {
      let j = parts.length;
      while (j > i + 1 && lookup(parts.slice(i, j).join('+')) === undefined) j--;
      const text = parts.slice(i, j).join('+').trim();
      if (text !== '') out.push(lookup(text) ?? text);
      i = j;
    }
    return out;
  };

  const memo = new Map<string, string[]>();
  return (cell) => {
    const cached = memo.get(cell);
    if (cached) return [...cached];
    const out: string[] = [];
    for (const token of cell.split(/[;,]/)) {
      const text = token.trim();
      // The admin center writes "Unlicensed" where a user holds nothing.
      if (text === '' || nameKey(text) === 'unlicensed') continue;
      const part = lookup(text);
      for (const p of part === undefined ? splitPlus(text) : [part]) if (!out.includes(p)) out.push(detached(p));
    }
    memo.set(detached(cell), out);
    return [...out];
  };
}
