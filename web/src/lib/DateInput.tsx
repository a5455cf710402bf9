import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';

/**
 * The console's date input (docs/web.md "Formats"): antd's DatePicker in zh_CN (Chinese month and day names
 * in the calendar), showing YYYY-MM-DD in the field whatever the browser's own locale (a native
 * `<input type="date">` shows 08/15/2019 on an English phone); text elsewhere reads 2019年8月15日. The value
 * it holds and hands to the form is the same ISO date the API takes. A clerk may also type 2019/8/15 or
 * 2019年8月15日; the picker reads each, and Enter confirms the typed date without submitting the whole form.
 * `max` (ISO) greys out later days, e.g. today for a step already taken.
 * It lives in the pages' chunks, never the first page (antd's picker is heavy).
 */
const DISPLAY = 'YYYY-MM-DD';
const FORMATS = [DISPLAY, 'YYYY/M/D', 'YYYY年M月D日'];

export function DateInput({
  value,
  onChange,
  id,
  max,
  allowClear = true,
  style,
  ...rest
}: {
  value?: string | null;
  onChange?: (iso: string | undefined) => void;
  id?: string;
  max?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-required'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
}) {
  const parsed = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  return (
    <DatePicker
      {...rest}
      id={id}
      value={parsed?.isValid() ? parsed : null}
      format={FORMATS}
      allowClear={allowClear}
      placeholder="年-月-日"
      disabledDate={max ? (d: Dayjs) => d.format('YYYY-MM-DD') > max : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : undefined)}
      style={{ width: '100%', maxWidth: 220, ...style }}
    />
  );
}
