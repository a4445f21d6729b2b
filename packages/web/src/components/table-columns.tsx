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
