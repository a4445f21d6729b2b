import { Card, Col, Row } from "antd";
import type { ReactNode } from "react";

/** A section of the subject form: a titled card of fields. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title} variant="borderless" className="form-section">
      <Row gutter={24}>{children}</Row>
    </Card>
  );
}

/** A form column: three to a row on wide screens. */
export function F({ span = 8, children }: { span?: 8 | 16 | 24; children: ReactNode }) {
  return (
    <Col xs={24} md={span === 8 ? 12 : 24} xl={span}>
      {children}
    </Col>
  );
}
