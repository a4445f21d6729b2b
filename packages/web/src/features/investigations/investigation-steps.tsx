import { UploadOutlined } from "@ant-design/icons";
import type { IntervieweeRelation, Opinion } from "@zhijiao/domain";
import {
  intervieweeRelationLabels,
  intervieweeRelations,
  opinionLabels,
  opinions,
  validateOpinion,
} from "@zhijiao/domain";
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Upload } from "antd";
import type { FormInstance, UploadFile } from "antd";
import { useMemo } from "react";
import { api } from "../../api/client";
import type { InvestigationView } from "../../api/types";
import { DateInput } from "../../components/date-input";
import { DueHint } from "../../components/due-hint";
import { StepModal } from "../../components/step-modal";
import { basisText, today, useCaseEnvironment } from "../../lib/case-rules";
import { codeOptions } from "../../lib/format";
import { useOrganizations } from "../../lib/use-organizations";

interface StepProps {
  inv: InvestigationView;
  onClose: () => void;
  onDone: () => void;
}

const attachmentTypes = ["application/pdf", "image/jpeg", "image/png"];
export const ATTACHMENT_MAX = 5 * 1024 * 1024;

/** Sends one attachment of a transcript (PDF, JPEG or PNG, ≤ 5 MB). */
export async function uploadAttachment(invId: string, transcriptId: string, file: File): Promise<void> {
  if (!attachmentTypes.includes(file.type)) throw new Error(`${file.name}：只能上传 PDF、JPG 或 PNG 文件`);
  if (file.size > ATTACHMENT_MAX) throw new Error(`${file.name}：文件不能超过 5 MB`);
  await api.postRaw(`/api/investigations/${invId}/transcripts/${transcriptId}/attachments`, {
    body: file,
    contentType: file.type,
  });
}

/** 指派司法所: the county gives the investigation to an office of the county. */
export function AssignModal({ inv, onClose, onDone }: StepProps) {
  const offices = useOrganizations("office");
  const options = useMemo(
    () =>
      (offices.data?.items ?? [])
        .filter((o) => !inv.countyId || o.countyId === inv.countyId)
        .map((o) => ({ value: o.id, label: o.name })),
    [offices.data, inv.countyId],
  );
  return (
    <StepModal<{ officeId: string }>
      title="指派司法所开展调查"
      okText="指派"
      successText="已指派"
      fields={["officeId"]}
      testId="assign-modal"
      initialValues={{ officeId: inv.officeId ?? undefined }}
      submit={(v) => api.post(`/api/investigations/${inv.id}/assignment`, v)}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <Form.Item label="调查司法所" name="officeId" rules={[{ required: true, message: "请选择司法所" }]}>
          <Select
            options={options}
            loading={offices.loading}
            showSearch={{ optionFilterProp: "label" }}
            placeholder="选择本县（区）司法所"
          />
        </Form.Item>
      )}
    </StepModal>
  );
}

interface TranscriptValues {
  interviewee: string;
  relation: IntervieweeRelation;
  interviewedOn: string;
  place?: string;
  content: string;
  files?: UploadFile[];
}

/** 调查笔录: one interview, with its scanned pages attached. */
export function TranscriptModal({ inv, onClose, onDone }: StepProps) {
  return (
    <StepModal<TranscriptValues>
      title="添加调查笔录"
      okText="保存笔录"
      successText="笔录已保存"
      width={720}
      testId="transcript-modal"
      fields={["interviewee", "relation", "interviewedOn", "place", "content"]}
      initialValues={{ interviewedOn: today(), files: [] }}
      submit={async ({ files, ...v }) => {
        const body = { ...v, place: v.place?.trim() || undefined };
        const t = await api.post<{ id: string }>(`/api/investigations/${inv.id}/transcripts`, body);
        for (const f of files ?? [])
          if (f.originFileObj) await uploadAttachment(inv.id, t.id, f.originFileObj);
      }}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <div className="form-grid-3">
            <Form.Item
              label="被访谈人"
              name="interviewee"
              rules={[{ required: true, whitespace: true, message: "请填写被访谈人" }]}
            >
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item
              label="与被调查人关系"
              name="relation"
              rules={[{ required: true, message: "请选择关系" }]}
            >
              <Select
                options={codeOptions(intervieweeRelations, intervieweeRelationLabels)}
                placeholder="选择"
              />
            </Form.Item>
            <Form.Item
              label="访谈日期"
              name="interviewedOn"
              rules={[{ required: true, message: "请选择日期" }]}
            >
              <DateInput notAfterToday />
            </Form.Item>
          </div>
          <Form.Item label="访谈地点" name="place">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            label="笔录内容"
            name="content"
            rules={[{ required: true, whitespace: true, message: "请填写笔录内容" }]}
          >
            <Input.TextArea rows={6} maxLength={20000} showCount />
          </Form.Item>
          <Form.Item
            label="笔录附件"
            name="files"
            valuePropName="fileList"
            getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
            extra="签字笔录的扫描件或照片：PDF、JPG、PNG，每个不超过 5 MB"
            rules={[
              {
                validator: (_, list: UploadFile[] | undefined) => {
                  const bad = (list ?? []).find(
                    (f) => (f.type && !attachmentTypes.includes(f.type)) || (f.size ?? 0) > ATTACHMENT_MAX,
                  );
                  return bad
                    ? Promise.reject(new Error(`${bad.name}：只能上传不超过 5 MB 的 PDF、JPG 或 PNG 文件`))
                    : Promise.resolve();
                },
              },
            ]}
          >
            <Upload beforeUpload={() => false} accept=".pdf,.jpg,.jpeg,.png" multiple>
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

/** 延长期限: agreed with the commissioning body, once (R-IV-1, cfg). */
export function ExtensionModal({ inv, onClose, onDone }: StepProps) {
  const env = useCaseEnvironment();
  const max = env?.rules.investigationMaxExtensionWorkingDays ?? 10;
  return (
    <StepModal<{ workingDays: number; reason: string }>
      title="延长调查评估期限"
      okText="延长期限"
      successText="期限已延长"
      fields={["workingDays", "reason"]}
      testId="extension-modal"
      initialValues={{ workingDays: Math.min(5, max) }}
      submit={(v) => api.post(`/api/investigations/${inv.id}/extension`, { ...v, reason: v.reason.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <Form.Item
            label="延长工作日数"
            name="workingDays"
            rules={[{ required: true, message: "请填写延长的工作日数" }]}
            extra={`经与委托机关协商一致，最多延长 ${max} 个工作日，只能延长一次`}
          >
            <InputNumber min={1} max={max} precision={0} suffix="个工作日" style={{ width: 200 }} />
          </Form.Item>
          <ExtendedDue form={form} inv={inv} />
          <Form.Item
            label="延期理由及协商情况"
            name="reason"
            rules={[{ required: true, whitespace: true, message: "请填写延期理由" }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

function ExtendedDue({
  form,
  inv,
}: {
  form: FormInstance<{ workingDays: number; reason: string }>;
  inv: InvestigationView;
}) {
  const env = useCaseEnvironment();
  const days = Form.useWatch("workingDays", form);
  const from = inv.originalDueOn ?? inv.dueOn;
  const due = env && typeof days === "number" && days > 0 ? env.calendar.workingDayPeriod(from, days) : null;
  return (
    <div style={{ marginBottom: 16 }}>
      <DueHint
        label="延长后的期限"
        due={due}
        basis={`${basisText.investigationExtension(days ?? 0)}（原期限 ${from}）`}
        rule="R-IV-1"
        testId="extended-due"
      />
    </div>
  );
}

interface OpinionValues {
  opinion: Opinion;
  reasons: string;
  opinionOn: string;
}

/** 出具意见: 适宜 / 不适宜社区矫正 with reasons; issues the 调查评估意见书, copied to the procuratorate. */
export function OpinionModal({ inv, onClose, onDone }: StepProps) {
  const noTranscript = inv.transcripts.length === 0;
  return (
    <StepModal<OpinionValues>
      title="出具调查评估意见"
      okText="出具意见"
      successText="已出具调查评估意见书"
      width={720}
      testId="opinion-modal"
      fields={["opinion", "reasons", "opinionOn"]}
      initialValues={{ opinionOn: today() }}
      precheck={(v) => {
        validateOpinion(v, today(), inv.receivedOn);
      }}
      submit={(v) => api.post(`/api/investigations/${inv.id}/opinion`, { ...v, reasons: v.reasons.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          {noTranscript && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="尚无调查笔录：出具意见前至少应有一份走访笔录"
            />
          )}
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`意见期限 ${inv.dueOn}；出具后生成调查评估意见书，并抄送人民检察院（R-IV-1）`}
          />
          <Form.Item label="评估意见" name="opinion" rules={[{ required: true, message: "请选择评估意见" }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={opinions.map((o) => ({ value: o, label: opinionLabels[o] }))}
            />
          </Form.Item>
          <Form.Item
            label="评估理由"
            name="reasons"
            rules={[{ required: true, whitespace: true, message: "请填写评估理由" }]}
          >
            <Input.TextArea
              rows={5}
              maxLength={4000}
              showCount
              placeholder="社会危险性、对所居住社区的影响、监管条件等"
            />
          </Form.Item>
          <Form.Item
            label="出具日期"
            name="opinionOn"
            rules={[{ required: true, message: "请选择出具日期" }]}
          >
            <DateInput notAfterToday />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
