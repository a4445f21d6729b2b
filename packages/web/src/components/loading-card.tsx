import { Card, Skeleton } from "antd";

/** A page's placeholder while what it shows is loading. */
export function LoadingCard({ rows }: { rows: number }) {
  return (
    <Card variant="borderless">
      <Skeleton active paragraph={{ rows }} />
    </Card>
  );
}
