import { Alert, App, Button, Card, Empty, Form, Input, Select, Spin, Tag } from "antd";
import { useState } from "react";
import { addDays } from "@zhijiao/domain";
import { errorMessage } from "../../api/client";
import { meApi, type MyLeave } from "./api";
import { useOverview } from "./use-overview";

/** Common destinations by division code (R-LV-1 needs the county-level division of the destination). */
const destinations = [
  { value: "440104", label: "广州市越秀区" },
  { value: "440106", label: "广州市天河区" },
  { value: "440304", label: "深圳市福田区" },
  { value: "440402", label: "珠海市香洲区" },
  { value: "440604", label: "佛山市禅城区" },
  { value: "440606", label: "佛山市顺德区" },
  { value: "441900", label: "东莞市" },
  { value: "442000", label: "中山市" },
  { value: "445202", label: "揭阳市榕城区" },
];

const statusColors: Record<MyLeave["status"], string> = {
  pending: "processing",
  approved: "success",
  rejected: "error",
  returned: "default",
};

interface LeaveValues {
  startOn: string;
  endOn: string;
  destinationDivisionCode: string;
  destinationAddress: string;
  reason: string;
}

/** 外出申请: apply (at least 3 days ahead), follow the status, and report back (销假). */
export default function LeavePage() {
  const { message } = App.useApp();
  const { data, error, reload } = useOverview();
  const [form] = Form.useForm<LeaveValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!data) return <Spin className="m-loading" />;
  const earliest = addDays(data.today, 3);

  const submit = async (v: LeaveValues) => {
    setBusy(true);
    setFormError(null);
    try {
      const leave = await meApi.requestLeave({
        ...v,
        destinationAddress: v.destinationAddress.trim(),
        reason: v.reason.trim(),
      });
      message.success(`外出申请已提交，由${leave.approvalLevelLabel}审批`);
      form.resetFields();
      await reload();
    } catch (e) {
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const reportBack = async (leave: MyLeave) => {
    setReturning(leave.id);
    setListError(null);
    try {
      await meApi.reportReturn(leave.id, data.today);
      message.success("已销假");
      await reload();
    } catch (e) {
      setListError(errorMessage(e));
    } finally {
      setReturning(null);
    }
  };

  return (
    <div>
      <Card className="m-card" title="我的外出申请" variant="borderless" data-testid="m-leave-list">
        {listError && (
          <Alert
            type="error"
            showIcon
            title={listError}
            className="m-block"
            role="alert"
            data-testid="m-leave-error"
          />
        )}
        {data.leaveRequests.length === 0 ? (
          <Empty description="还没有外出申请" image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <ul className="m-list">
            {data.leaveRequests.map((l) => (
              <li key={l.id} className="m-list-item m-leave" data-testid="m-leave-item">
                <div className="m-leave-body">
                  <div className="m-item-title">
                    {l.startOn} 至 {l.endOn}（{l.days} 天）
                  </div>
                  <div className="m-item-sub">前往：{l.destinationAddress}</div>
                  <div className="m-item-sub">审批：{l.approvalLevelLabel}</div>
                  {l.decisionComment && <div className="m-item-sub">意见：{l.decisionComment}</div>}
                  {l.returnedOn && (
                    <div className="m-item-sub">
                      销假日期：{l.returnedOn}
                      {l.late ? "（逾期）" : ""}
                    </div>
                  )}
                  {l.status === "approved" && (
                    <Button
                      type="primary"
                      size="large"
                      className="m-big-button"
                      loading={returning === l.id}
                      onClick={() => void reportBack(l)}
                      data-testid="m-leave-return"
                    >
                      我已返回，销假
                    </Button>
                  )}
                </div>
                <Tag color={statusColors[l.status]} data-testid="m-leave-status">
                  {l.statusLabel}
                </Tag>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card className="m-card" title="申请外出" variant="borderless">
        <p className="m-hint">
          离开所居住的市、县须事先申请，最早可申请 {earliest} 起的外出，一次不超过 30 天。
        </p>
        {formError && <Alert type="error" showIcon title={formError} className="m-block" role="alert" />}
        <Form<LeaveValues>
          form={form}
          layout="vertical"
          size="large"
          requiredMark={false}
          initialValues={{ destinationDivisionCode: destinations[0]!.value }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item label="外出日期" name="startOn" rules={[{ required: true, message: "请选择外出日期" }]}>
            <Input type="date" min={earliest} data-testid="m-leave-start" />
          </Form.Item>
          <Form.Item label="返回日期" name="endOn" rules={[{ required: true, message: "请选择返回日期" }]}>
            <Input type="date" min={earliest} data-testid="m-leave-end" />
          </Form.Item>
          <Form.Item
            label="前往地区"
            name="destinationDivisionCode"
            rules={[{ required: true, message: "请选择前往地区" }]}
          >
            <Select options={destinations} />
          </Form.Item>
          <Form.Item
            label="详细地址"
            name="destinationAddress"
            rules={[{ required: true, whitespace: true, message: "请填写详细地址" }]}
          >
            <Input maxLength={200} data-testid="m-leave-address" />
          </Form.Item>
          <Form.Item
            label="外出事由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: "请填写外出事由" }]}
          >
            <Input.TextArea rows={3} maxLength={1000} data-testid="m-leave-reason" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            className="m-big-button"
            loading={busy}
            data-testid="m-leave-submit"
          >
            提交申请
          </Button>
        </Form>
      </Card>
    </div>
  );
}
