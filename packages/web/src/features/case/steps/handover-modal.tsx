/** The step 交付文书登记 (R-HO-1) of the case, as a dialog. */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { HandoverDocumentKind } from "@zhijiao/domain";
import {
  handoverCheck,
  handoverDocumentKinds,
  handoverDocumentLabels,
  missingHandoverDocuments,
  requiredHandoverDocuments,
} from "@zhijiao/domain";
import { Alert, Button, Col, Form, Input, Row, Select, Space, Tag, Typography } from "antd";
import type { FormInstance } from "antd";
import { api } from "../../../api/client";
import type { CaseView } from "../../../api/types";
import { DateInput } from "../../../components/date-input";
import { StepModal } from "../../../components/step-modal";
import { basisText, today, useCaseEnvironment } from "../../../lib/case-rules";
import { codeOptions } from "../../../lib/format";
import { trimmed } from "../../../lib/text";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

interface HandoverValues {
  noticeReceivedOn?: string;
  documents: { kind?: HandoverDocumentKind; documentNumber?: string; receivedOn?: string; note?: string }[];
}

function HandoverChecks({ form, view }: { form: FormInstance<HandoverValues>; view: CaseView }) {
  const env = useCaseEnvironment();
  const noticeOn = Form.useWatch("noticeReceivedOn", form);
  const docs = Form.useWatch("documents", form);
  const effectiveOn = view.judgmentEffectiveOn;
  if (!effectiveOn)
    return (
      <Alert
        type="info"
        showIcon
        title="档案未登记判决生效日期，无法核对五日通知、十日送达的期限（R-HO-1）"
        style={{ marginBottom: 16 }}
      />
    );
  if (!env) return null;
  const latestDoc =
    (docs ?? [])
      .map((d) => d?.receivedOn)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  const check = handoverCheck(env.calendar, env.rules, effectiveOn, noticeOn ?? null, latestDoc);
  const late = (flag: boolean | null) =>
    flag === null ? <Tag>未到</Tag> : flag ? <Tag color="red">逾期</Tag> : <Tag color="green">按期</Tag>;
  return (
    <Alert
      type={check.noticeLate || check.documentsLate ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="handover-check"
      title={`判决生效日期 ${effectiveOn}，交付期限核对（R-HO-1）`}
      description={
        <Space orientation="vertical" size={2}>
          <span>
            通知期限：<strong>{check.noticeDueOn}</strong>（{basisText.handoverNotice(env.rules)}）
            {late(check.noticeLate)}
          </span>
          <span>
            文书送达期限：<strong>{check.documentsDueOn}</strong>（{basisText.handoverDocuments(env.rules)}）
            {late(check.documentsLate)}
          </span>
        </Space>
      }
    />
  );
}

/** 交付文书登记: when the notice arrived and which documents were delivered, checked against R-HO-1. */
export function HandoverModal({ view, onClose, onDone }: CaseStepProps) {
  const received = view.handover.documents.map((d) => d.kind);
  const missing = missingHandoverDocuments(view.category, received);
  const initial: HandoverValues = {
    noticeReceivedOn: view.handover.noticeReceivedOn ?? undefined,
    documents: missing.map((kind) => ({ kind, receivedOn: today() })),
  };
  return (
    <StepModal<HandoverValues>
      title="交付文书登记"
      okText="登记"
      successText="交付文书已登记"
      width={860}
      testId="handover-modal"
      initialValues={initial}
      submit={async (v) => {
        if (v.noticeReceivedOn && v.noticeReceivedOn !== view.handover.noticeReceivedOn)
          await api.putJson(stepPath(view, "handover-notice"), { receivedOn: v.noticeReceivedOn });
        for (const d of v.documents ?? []) {
          if (!d.kind || !d.receivedOn) continue;
          await api.post(stepPath(view, "handover-documents"), {
            kind: d.kind,
            receivedOn: d.receivedOn,
            documentNumber: trimmed(d.documentNumber),
            note: trimmed(d.note),
          });
        }
      }}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <HandoverChecks form={form} view={view} />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            应收文书（
            {requiredHandoverDocuments[view.category].map((k) => handoverDocumentLabels[k]).join("、")}）：
            {received.length > 0 && <>已收 {view.handover.documents.map((d) => d.kindLabel).join("、")}；</>}
            {missing.length ? (
              <Typography.Text type="danger">
                尚缺 {missing.map((k) => handoverDocumentLabels[k]).join("、")}
              </Typography.Text>
            ) : (
              <Typography.Text type="success">必需文书已齐全</Typography.Text>
            )}
          </Typography.Paragraph>
          <Form.Item label="决定机关通知到达日期" name="noticeReceivedOn" style={{ maxWidth: 260 }}>
            <DateInput notAfterToday />
          </Form.Item>
          <Form.List name="documents">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Row
                    gutter={8}
                    key={row.key}
                    align="top"
                    className="handover-row"
                    data-testid="handover-row"
                  >
                    <Col span={7}>
                      <Form.Item
                        name={[row.name, "kind"]}
                        rules={[{ required: true, message: "请选择文书" }]}
                      >
                        <Select
                          aria-label="文书种类"
                          placeholder="文书种类"
                          options={codeOptions(handoverDocumentKinds, handoverDocumentLabels)}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[row.name, "documentNumber"]}>
                        <Input aria-label="文书编号" placeholder="文号（选填）" maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item
                        name={[row.name, "receivedOn"]}
                        rules={[{ required: true, message: "请选择收到日期" }]}
                      >
                        <DateInput notAfterToday placeholder="收到日期" aria-label="收到日期" />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(row.name)}
                        aria-label="删除此行"
                      />
                    </Col>
                  </Row>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ receivedOn: today() })}
                  style={{ width: "100%" }}
                >
                  添加文书
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </StepModal>
  );
}
