import { Alert, Card, Empty, Spin } from "antd";
import { useEffect, useState } from "react";
import { errorMessage } from "../../api/client";
import { meApi, type MyNotice } from "./api";

/** 通知: what was decided on the own file (leave decisions, 销假, level changes). */
export default function NoticesPage() {
  const [items, setItems] = useState<MyNotice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    meApi.notices().then(
      (r) => setItems(r.items),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!items) return <Spin className="m-loading" />;
  return (
    <Card className="m-card" title="我的通知" variant="borderless" data-testid="m-notices">
      {items.length === 0 ? (
        <Empty description="暂无通知" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul className="m-list">
          {items.map((n) => (
            <li key={n.id} className="m-list-item m-notice">
              <div>
                <div className="m-item-title">{n.title}</div>
                <div className="m-item-sub">{n.occurredOn}</div>
                <div className="m-notice-text">{n.summary}</div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
