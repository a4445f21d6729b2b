import { Card } from "antd";
import type { ReactNode } from "react";

/** One section of a tab on the subject file: a small card with its title and actions. */
export function SectionCard({
  title,
  extra,
  children,
  testId,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card size="small" title={title} extra={extra} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Card>
  );
}
