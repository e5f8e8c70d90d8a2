import {
  makeStyles,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  type TagPickerProps,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Sku } from '../../../shared/plan/schema';
import { skuChoices } from './skus';
import { licensingStrings } from './strings';

const s = licensingStrings.groups;
const NONE = '\u0000none';

const useStyles = makeStyles({ control: { width: '100%' } });

/** Chooses the SKUs a group assigns, from the SKU table; each choice saves at once. */
export function SkuPicker({
  skus,
  selected,
  group,
  onChange,
}: {
  skus: readonly Sku[];
  selected: readonly string[];
  group: string;
  onChange(next: string[]): void;
}) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const names = new Map(skus.map((sku) => [sku.skuPartNumber, sku.name]));
  const available = skuChoices(skus, selected).filter(
    (part) => !selected.includes(part) && `${part} ${names.get(part) ?? ''}`.toLowerCase().includes(query.trim().toLowerCase()),
  );

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_, data) => {
    if (data.value === NONE) return;
    setQuery('');
    onChange(data.selectedOptions);
  };

  return (
    <TagPicker selectedOptions={[...selected]} onOptionSelect={onOptionSelect}>
      <TagPickerControl className={styles.control}>
        <TagPickerGroup aria-label={s.selectedLabel(group)}>
          {selected.map((part) => (
            <Tag key={part} value={part} shape="rounded">
              {part}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput
          aria-label={s.skusLabel(group)}
          placeholder={selected.length === 0 ? s.skuPlaceholder : undefined}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </TagPickerControl>
      <TagPickerList>
        {available.length > 0 ? (
          available.map((part) => (
            <TagPickerOption key={part} value={part} secondaryContent={names.get(part) || undefined}>
              {part}
            </TagPickerOption>
          ))
        ) : (
          <TagPickerOption value={NONE}>{query.trim() === '' ? s.noMoreSkus : s.noMatch}</TagPickerOption>
        )}
      </TagPickerList>
    </TagPicker>
  );
}
