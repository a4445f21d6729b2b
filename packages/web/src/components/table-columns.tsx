import { Button } from "antd";
import type { TableColumnType } from "antd";
import { Link } from "react-router-dom";

/** 矫正对象: the subject's name, linked to the file. */
export function subjectColumn<T extends { subjectId: string; subjectName: string }>(): TableColumnType<T> {
  return {
    title: "矫正对象",
    dataIndex: "subjectName",
    render: (v: string, x) => <Link to={`/subjects/${x.subjectId}`}>{v}</Link>,
  };
}

/** The last column of a decision queue: 审批, which opens the decision (none when `decide` is null: not allowed). */
export function decideColumn<T extends { id: string }>(
  testIdPrefix: string,
  decide: ((x: T) => void) | null,
): TableColumnType<T> {
  return {
    title: "",
    key: "act",
    render: (_, x) =>
      decide ? (
        <Button size="small" type="primary" data-testid={`${testIdPrefix}-${x.id}`} onClick={() => decide(x)}>
          审批
        </Button>
      ) : null,
  };
}
