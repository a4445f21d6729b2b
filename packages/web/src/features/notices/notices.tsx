import { BellOutlined, CheckOutlined } from "@ant-design/icons";
import { App, Badge, Button, Empty, List, Popover, Space, Tag, Typography } from "antd";
import { useCallback, useEffect, useState } from "react";
import { Link, useLocation } from "react-router-dom";
import { api, errorMessage } from "../../api/client";
import type { Notice, NoticePage } from "../../api/types";
import { fmtDateTime } from "../../lib/format";

const changed = "zhijiao:notices-changed";

/** Tells every notice view (the bell, the panel) to reload. */
export function noticesChanged(): void {
  window.dispatchEvent(new Event(changed));
}

/** The unread notices; reloads when a notice is read anywhere, on navigation and every minute. */
export function useUnreadNotices(pageSize = 20) {
  const location = useLocation();
  const [data, setData] = useState<NoticePage | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    window.addEventListener(changed, reload);
    const timer = window.setInterval(reload, 60_000);
    return () => {
      window.removeEventListener(changed, reload);
      window.clearInterval(timer);
    };
  }, [reload]);

  useEffect(() => {
    const ctrl = new AbortController();
    api
      .get<NoticePage>("/api/notices", { unread: true, pageSize }, ctrl.signal)
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setError(errorMessage(e));
      });
    return () => ctrl.abort();
  }, [tick, pageSize, location.pathname]);

  return { data, error, reload };
}

function noticeLink(n: Notice): string | null {
  if (n.subjectId) return `/subjects/${n.subjectId}`;
  if (n.investigationId) return `/investigations/${n.investigationId}`;
  return null;
}

const kindColors: Record<string, string> = { overdue: "red", deadline_overdue: "red" };

/** The unread notices with "mark read" (on the deadlines page and in the bell). */
export function NoticeList({
  items,
  compact = false,
  onRead,
}: {
  items: Notice[];
  compact?: boolean;
  onRead?: () => void;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const markRead = async (n: Notice) => {
    setBusy(n.id);
    try {
      await api.post(`/api/notices/${n.id}/read`);
      noticesChanged();
      onRead?.();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未读通知" style={{ margin: 12 }} />;
  return (
    <List
      size="small"
      dataSource={items}
      className="notice-list"
      data-testid="notice-list"
      renderItem={(n) => {
        const to = noticeLink(n);
        return (
          <List.Item
            key={n.id}
            actions={[
              <Button
                key="read"
                size="small"
                type="link"
                icon={<CheckOutlined />}
                loading={busy === n.id}
                onClick={() => void markRead(n)}
                aria-label={`标为已读：${n.title}`}
              >
                {compact ? null : "已读"}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  {kindColors[n.kind] && <Tag color={kindColors[n.kind]}>逾期</Tag>}
                  {to ? <Link to={to}>{n.title}</Link> : <span>{n.title}</span>}
                </Space>
              }
              description={
                <>
                  {!compact && n.body && <div className="notice-body">{n.body}</div>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {fmtDateTime(n.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}

/** The bell in the header: the unread count, and the latest notices on click. */
export function NoticeBell() {
  const { data, reload } = useUnreadNotices(8);
  const [open, setOpen] = useState(false);
  const unread = data?.unread ?? data?.total ?? 0;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ width: "100%", justifyContent: "space-between" }}>
          <span>未读通知</span>
          <Link to="/deadlines" onClick={() => setOpen(false)}>
            待办期限
          </Link>
        </Space>
      }
      content={
        <div style={{ width: 360, maxHeight: 420, overflow: "auto" }}>
          <NoticeList items={data?.items ?? []} compact onRead={reload} />
        </div>
      }
    >
      <Button type="text" aria-label={`通知，${unread} 条未读`} data-testid="notice-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
