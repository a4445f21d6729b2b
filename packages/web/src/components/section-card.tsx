import { PlusOutlined } from "@ant-design/icons";
import { Button, Card } from "antd";
import type { ReactNode } from "react";
import { useState } from "react";
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

/** The sections of a tab on the file: a step taken in one reloads them all and the file. */
export function useFileSections(subject: Subject, onChanged: () => void): FileSectionProps {
  const [version, setVersion] = useState(0);
  return {
    subject,
    inCorrection: subject.status === "in_correction" && !subject.archived,
    version,
    onChanged: () => {
      setVersion((v) => v + 1);
      onChanged();
    },
  };
}

/** The button that adds to a section (in its title bar). */
export function AddButton({
  testId,
  onClick,
  children,
}: {
  testId: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button size="small" icon={<PlusOutlined />} data-testid={testId} onClick={onClick}>
      {children}
    </Button>
  );
}
