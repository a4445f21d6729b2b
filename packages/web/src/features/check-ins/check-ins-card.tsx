/** 新打卡 on the workbench: the subjects' check-ins the office has not yet confirmed, confirmed in place. */
import { App, Button, Image, List, Space, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api, errorMessage } from "../../api/client";
import type { Page } from "../../api/types";
import { CountedCard } from "../../components/counted-card";
import { fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import type { CheckIn } from "./types";

/** Where a check-in was made: the browser's position and how accurate it was. */
function checkInPlace(c: CheckIn): string {
  if (c.latitude === null || c.longitude === null) return c.place ?? "未定位";
  const accuracy = c.accuracy === null ? "" : `（精度约 ${Math.round(c.accuracy)} 米）`;
  return `${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)}${accuracy}`;
}

/** `version` changes when the page reloads. */
export function CheckInsCard({ version }: { version: number }) {
  const { message } = App.useApp();
  const { can } = useAuth();
  const [confirming, setConfirming] = useState<string | null>(null);
  const checkIns = useRemote(
    (s) => api.get<Page<CheckIn>>("/api/check-ins", { status: "unconfirmed", pageSize: 50 }, s),
    `check-ins:${version}`,
  );
  const confirmCheckIn = async (c: CheckIn) => {
    setConfirming(c.id);
    try {
      await api.post(`/api/check-ins/${c.id}/confirm`);
      void message.success(`已确认${c.subjectName}的签到`);
      checkIns.reload();
    } catch (e) {
      void message.error(errorMessage(e));
      checkIns.reload();
    } finally {
      setConfirming(null);
    }
  };

  return (
    <CountedCard
      title="新打卡"
      count={checkIns.data?.total}
      testId="wb-check-ins"
      error={checkIns.error}
      alarm
    >
      <List
        size="small"
        loading={checkIns.loading}
        dataSource={checkIns.data?.items ?? []}
        locale={{ emptyText: "没有待确认的签到" }}
        pagination={(checkIns.data?.items.length ?? 0) > 6 ? { pageSize: 6, size: "small" } : false}
        renderItem={(c) => (
          <List.Item
            key={c.id}
            data-testid="wb-check-in"
            extra={
              can("supervision:record") ? (
                <Button
                  size="small"
                  type="primary"
                  loading={confirming === c.id}
                  data-testid={`wb-check-in-confirm-${c.id}`}
                  onClick={() => void confirmCheckIn(c)}
                >
                  确认
                </Button>
              ) : null
            }
          >
            <Space size={12} align="start">
              {c.photoUrl ? (
                <Image
                  src={c.photoUrl}
                  alt={`${c.subjectName}的签到照片`}
                  width={48}
                  height={48}
                  style={{ objectFit: "cover", borderRadius: 4 }}
                />
              ) : null}
              <Space orientation="vertical" size={0}>
                <Link to={`/subjects/${c.subjectId}`}>{c.subjectName}</Link>
                <span className="mono">{fmtDateTime(c.recordedAt)}</span>
                <Typography.Text type="secondary">{checkInPlace(c)}</Typography.Text>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </CountedCard>
  );
}
