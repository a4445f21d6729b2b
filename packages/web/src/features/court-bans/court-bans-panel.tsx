/** 禁止令 on the file (R-LV-5): the court's bans and their periods. */
import { List, Space, Typography } from "antd";
import { api } from "../../api/client";
import { AddButton, SectionCard } from "../../components/section-card";
import type { FileSectionProps } from "../../components/section-card";
import { useDialog } from "../../lib/use-dialog";
import { useRemote } from "../../lib/use-remote";
import { useAuth } from "../auth/auth-context";
import { fileActionParams } from "../supervision/file-actions";
import { CourtBanModal } from "./court-ban-modal";
import type { CourtBan } from "./types";

export function CourtBansPanel({ subject, version, onChanged }: FileSectionProps) {
  const { can } = useAuth();
  const id = subject.id;
  const d = useDialog(onChanged, fileActionParams);
  const bans = useRemote(
    (s) => api.get<{ items: CourtBan[] }>(`/api/subjects/${id}/court-bans`, {}, s),
    `b:${id}:${version}`,
  );
  return (
    <SectionCard
      title="禁止令（R-LV-5）"
      extra={
        can("supervision:record") &&
        !subject.archived && (
          <AddButton
            testId="court-ban-new"
            onClick={() => d.open(<CourtBanModal subjectId={id} {...d.props} />)}
          >
            登记禁止令
          </AddButton>
        )
      }
    >
      <List
        size="small"
        dataSource={bans.data?.items ?? []}
        locale={{ emptyText: "无禁止令" }}
        renderItem={(b) => (
          <List.Item key={b.id}>
            <Space size={8} wrap>
              <span className="mono">
                {b.fromOn} 至 {b.untilOn}
              </span>
              <span>{b.content}</span>
              <Typography.Text type="secondary">{b.places}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {d.dialog}
    </SectionCard>
  );
}
