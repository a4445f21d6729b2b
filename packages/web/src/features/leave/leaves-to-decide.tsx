/** 待我审批的外出 on the workbench: the pending applications at the caller's level, each one click from its decision. */
import { Button, List, Space, Tag, Typography } from "antd";
import { Link, useNavigate } from "react-router-dom";
import { leaveDecisionLink } from "../supervision/file-actions";
import type { LeaveRequest } from "./types";

export function LeavesToDecide({ items, loading }: { items: LeaveRequest[]; loading: boolean }) {
  const navigate = useNavigate();
  return (
    <List
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: "没有待审批的外出申请" }}
      renderItem={(l) => (
        <List.Item
          key={l.id}
          data-testid="wb-leave"
          extra={
            <Button
              size="small"
              type="primary"
              data-testid={`wb-leave-decide-${l.id}`}
              onClick={() => void navigate(leaveDecisionLink(l))}
            >
              审批
            </Button>
          }
        >
          <Space size={8} wrap>
            <Link to={`/subjects/${l.subjectId}`}>{l.subjectName}</Link>
            <span>
              {l.startOn} 至 {l.endOn}（{l.days} 日）
            </span>
            <Typography.Text type="secondary">{l.destinationAddress}</Typography.Text>
            <Tag color="blue">{l.approvalLevelLabel}</Tag>
          </Space>
        </List.Item>
      )}
    />
  );
}
