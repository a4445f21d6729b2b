import { App, Button, Empty, List, Segmented, Space, Spin, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api, errorMessage } from "../../api/client";
import { fmtDateTime } from "../../lib/format";
import { AlertStatusTag, AlertTypeTag, ClearedTag, EscalationTag, ResolveAlertModal } from "./alert-parts";
import type { LocationAlert } from "./types";

type Filter = "all" | "open" | "acknowledged";

/** The trajectory around an alert: from 12 hours before it. */
export function alertTrajectoryLink(a: Pick<LocationAlert, "subjectId" | "openedAt">): string {
  return `/subjects/${a.subjectId}/trajectory?at=${encodeURIComponent(a.openedAt)}`;
}

/**
 * The open and acknowledged alerts, newest first: 签收 takes one on, 处置 closes it with what it
 * was. Clicking an alert selects it (the map centres on it).
 */
export function AlertQueue({
  alerts,
  loading,
  selectedId,
  onSelect,
  onChanged,
  canHandle,
  canProposeSanction,
  canReadLocation,
}: {
  alerts: LocationAlert[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (a: LocationAlert) => void;
  onChanged: () => void;
  canHandle: boolean;
  canProposeSanction: boolean;
  canReadLocation: boolean;
}) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>("all");
  const [busy, setBusy] = useState<string | null>(null);
  const [resolving, setResolving] = useState<LocationAlert | null>(null);
  const open = alerts.filter((a) => a.status === "open").length;
  const shown = filter === "all" ? alerts : alerts.filter((a) => a.status === filter);

  const acknowledge = async (a: LocationAlert) => {
    setBusy(a.id);
    try {
      await api.post(`/api/alerts/${a.id}/acknowledge`);
      void message.success("已签收");
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
      onChanged();
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="monitoring-queue" data-testid="alert-queue">
      <div className="monitoring-queue-head">
        <Typography.Text strong>报警队列</Typography.Text>
        <Segmented<Filter>
          size="small"
          value={filter}
          onChange={setFilter}
          options={[
            { value: "all", label: `全部 ${alerts.length}` },
            { value: "open", label: `待签收 ${open}` },
            { value: "acknowledged", label: `处置中 ${alerts.length - open}` },
          ]}
        />
      </div>
      <Spin spinning={loading && alerts.length === 0}>
        {shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待处理的报警" />
        ) : (
          <List
            size="small"
            dataSource={shown}
            renderItem={(a) => (
              <List.Item
                key={a.id}
                data-testid={`alert-${a.id}`}
                data-status={a.status}
                className={`monitoring-alert${a.id === selectedId ? " is-selected" : ""}${a.status === "open" ? " is-open" : ""}`}
                onClick={() => onSelect(a)}
              >
                <div className="monitoring-alert-body">
                  <Space size={4} wrap>
                    <AlertTypeTag alert={a} />
                    <Typography.Text strong>{a.subjectName}</Typography.Text>
                    <Typography.Text type="secondary">{a.officeName}</Typography.Text>
                  </Space>
                  <Space size={4} wrap className="monitoring-alert-tags">
                    <span className="mono monitoring-alert-time">{fmtDateTime(a.openedAt)}</span>
                    <AlertStatusTag alert={a} />
                    <ClearedTag alert={a} />
                    <EscalationTag level={a.escalationLevel} />
                    {a.zoneName && <Typography.Text type="secondary">{a.zoneName}</Typography.Text>}
                  </Space>
                  <Space size={8} className="monitoring-alert-actions" onClick={(e) => e.stopPropagation()}>
                    {canHandle && a.status === "open" && (
                      <Button
                        size="small"
                        type="primary"
                        loading={busy === a.id}
                        data-testid={`alert-ack-${a.id}`}
                        onClick={() => void acknowledge(a)}
                      >
                        签收
                      </Button>
                    )}
                    {canHandle && (
                      <Button
                        size="small"
                        data-testid={`alert-resolve-${a.id}`}
                        onClick={() => setResolving(a)}
                      >
                        处置
                      </Button>
                    )}
                    {canReadLocation && <Link to={alertTrajectoryLink(a)}>轨迹回放</Link>}
                  </Space>
                </div>
              </List.Item>
            )}
          />
        )}
      </Spin>
      {resolving && (
        <ResolveAlertModal
          alert={resolving}
          canProposeSanction={canProposeSanction}
          onClose={() => setResolving(null)}
          onDone={() => {
            setResolving(null);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
