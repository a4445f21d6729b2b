import { Alert, Badge, Card, Space, Table } from "antd";
import type { TableColumnsType } from "antd";
import type { CSSProperties, ReactNode } from "react";

/** A card of waiting items: its title with their count, and the error of loading them. */
export function CountedCard({
  title,
  count,
  error,
  testId,
  alarm,
  style,
  children,
}: {
  title: string;
  count: number | undefined;
  error: string | null | undefined;
  testId?: string;
  /** Colour the count red while it is not zero (grey at zero). */
  alarm?: boolean;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const color = alarm ? (count ? "#cf1322" : "#8c8c8c") : undefined;
  return (
    <Card
      variant="borderless"
      data-testid={testId}
      style={style}
      title={
        <Space>
          {title}
          <Badge count={count ?? 0} showZero size="small" color={color} />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      {children}
    </Card>
  );
}

/** One kind of decision waiting in a queue: a counted card with its table. */
export function QueueCard<T extends { id: string }>(props: {
  title: string;
  testId: string;
  count: number | undefined;
  items: T[];
  loading: boolean;
  error: string | null | undefined;
  columns: TableColumnsType<T>;
  empty: string;
}) {
  return (
    <CountedCard title={props.title} count={props.count} error={props.error} style={{ marginBottom: 16 }}>
      <Table<T>
        rowKey="id"
        size="small"
        data-testid={props.testId}
        loading={props.loading}
        columns={props.columns}
        dataSource={props.items}
        pagination={false}
        locale={{ emptyText: props.empty }}
      />
    </CountedCard>
  );
}
