import { Card } from "antd";
import type { ReactNode } from "react";
import type { Subject } from "../api/types";

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

/** What each section of a tab on the subject file is given by its tab. */
export interface FileSectionProps {
  subject: Subject;
  /** In correction and not archived: new steps may be taken. */
  inCorrection: boolean;
  /** Changes after every step taken on the tab, so that every section reloads. */
  version: number;
  /** A step was taken: every section of the tab and the file reload. */
  onChanged: () => void;
}
