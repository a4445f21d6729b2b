import type { ColumnType } from "kysely";

/** An instant: read as a Date, written as a Date or an ISO string. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Legal-calendar dates travel as "YYYY-MM-DD" strings (parsers set in connect.ts). */
export type DateString = string;
