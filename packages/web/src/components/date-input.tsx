import { DatePicker } from "antd";
import type { DatePickerProps } from "antd";
import dayjs from "dayjs";
import type { Dayjs } from "dayjs";
import { DATE_FORMAT } from "../lib/format";

/** A DatePicker that reads and writes "YYYY-MM-DD" strings, so a form holds what the API takes. */
export function DateInput({
  value,
  onChange,
  notAfterToday,
  ...rest
}: Omit<DatePickerProps<Dayjs, false>, "value" | "onChange"> & {
  value?: string;
  onChange?: (v: string | undefined) => void;
  /** Refuse future dates (a step cannot be recorded before it happened). */
  notAfterToday?: boolean;
}) {
  return (
    <DatePicker
      disabledDate={notAfterToday ? (d) => d.isAfter(dayjs(), "day") : undefined}
      {...rest}
      format={DATE_FORMAT}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format(DATE_FORMAT) : undefined)}
      style={{ width: "100%" }}
    />
  );
}
