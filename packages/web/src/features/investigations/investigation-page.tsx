import {
  ClockCircleOutlined,
  EditOutlined,
  FileAddOutlined,
  FileWordOutlined,
  PaperClipOutlined,
  SendOutlined,
  SolutionOutlined,
  UploadOutlined,
  UserSwitchOutlined,
} from "@ant-design/icons";
import { sexLabels } from "@zhijiao/domain";
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Result,
  Row,
  Space,
  Steps,
  Tag,
  Typography,
  Upload,
} from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api, errorMessage, isApiError } from "../../api/client";
import type { InvestigationView, Transcript } from "../../api/types";
import { LoadingCard } from "../../components/loading-card";
import { PageHeader } from "../../components/page-header";
import { dash } from "../../lib/format";
import { useDownload } from "../../lib/use-download";
import { useRemote } from "../../lib/use-remote";
import { useCan } from "../auth/auth-context";
import { CaseTimeline } from "../case/case-timeline";
import { DeadlineList } from "../deadlines/deadline-parts";
import { InvestigationStatusTag, OpinionTag } from "./investigation-tags";
import {
  AssignModal,
  ExtensionModal,
  OpinionModal,
  TranscriptModal,
  uploadAttachment,
} from "./investigation-steps";

type Step = "assign" | "transcript" | "extend" | "opinion";

function progress(inv: InvestigationView): number {
  if (inv.subjectId) return 5;
  if (inv.status === "concluded") return 3;
  if (inv.transcripts.length > 0) return 2;
  if (inv.status === "assigned") return 2;
  return 1;
}

function TranscriptCard({
  inv,
  t,
  canWork,
  onChanged,
}: {
  inv: InvestigationView;
  t: Transcript;
  canWork: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  return (
    <Card
      size="small"
      className="transcript-card"
      data-testid="transcript"
      title={
        <Space size={6} wrap>
          <SolutionOutlined />
          <span>{t.interviewee}</span>
          <Tag>{t.relationLabel}</Tag>
          <Typography.Text type="secondary" className="mono">
            {t.interviewedOn}
          </Typography.Text>
          {t.place && <Typography.Text type="secondary">{t.place}</Typography.Text>}
        </Space>
      }
      extra={
        canWork && (
          <Upload
            showUploadList={false}
            accept=".pdf,.jpg,.jpeg,.png"
            beforeUpload={(file) => {
              setUploading(true);
              uploadAttachment(inv.id, t.id, file)
                .then(() => {
                  void message.success("附件已上传");
                  onChanged();
                })
                .catch(
                  (e: unknown) =>
                    void message.error(isApiError(e) || !(e instanceof Error) ? errorMessage(e) : e.message),
                )
                .finally(() => setUploading(false));
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={uploading}>
              上传附件
            </Button>
          </Upload>
        )
      }
    >
      <Typography.Paragraph
        className="transcript-content"
        ellipsis={{ rows: 4, expandable: true, symbol: "展开" }}
      >
        {t.content}
      </Typography.Paragraph>
      {t.fileIds.length > 0 && (
        <Space size={8} wrap>
          {t.fileIds.map((f, i) => (
            <a
              key={f}
              href={`/api/investigations/${inv.id}/transcripts/${t.id}/attachments/${f}`}
              target="_blank"
              rel="noreferrer"
              data-testid="transcript-attachment"
            >
              <PaperClipOutlined /> 附件 {i + 1}
            </a>
          ))}
        </Space>
      )}
    </Card>
  );
}

/** One investigation: the commission, the interviews, the opinion and what happened when. */
export default function InvestigationPage() {
  const { id = "" } = useParams();
  const can = useCan();
  const navigate = useNavigate();
  const get = useDownload();
  const [active, setActive] = useState<Step | null>(null);
  const {
    data: inv,
    loading,
    error,
    cause,
    reload,
  } = useRemote((signal) => api.get<InvestigationView>(`/api/investigations/${id}`, {}, signal), id);

  if (!inv && loading) return <LoadingCard rows={8} />;
  if (!inv) {
    const notFound = isApiError(cause) && cause.status === 404;
    return (
      <Result
        status={notFound ? "404" : "error"}
        title={notFound ? "未找到该调查评估" : "加载失败"}
        subTitle={error}
        extra={<Link to="/investigations">返回列表</Link>}
      />
    );
  }

  const open = (s: Step) => inv.openSteps.includes(s);
  const mayDecide = can("investigation:decide");
  const mayWork = can("investigation:work");
  const concluded = inv.status === "concluded";
  const done = () => {
    setActive(null);
    reload();
  };
  const downloadOpinion = () =>
    get(
      `/api/investigations/${inv.id}/documents/investigation-opinion`,
      `调查评估意见书-${inv.personName}.docx`,
    );

  const actions = (
    <Space wrap>
      {mayDecide && open("assign") && (
        <Button
          type={inv.status === "received" ? "primary" : "default"}
          icon={<UserSwitchOutlined />}
          onClick={() => setActive("assign")}
          data-testid="action-assign"
        >
          {inv.officeId ? "改派司法所" : "指派司法所"}
        </Button>
      )}
      {mayWork && open("transcript") && (
        <Button
          type={inv.transcripts.length === 0 ? "primary" : "default"}
          icon={<FileAddOutlined />}
          onClick={() => setActive("transcript")}
          data-testid="action-transcript"
        >
          添加笔录
        </Button>
      )}
      {mayDecide && open("extend") && !inv.extendedDueOn && (
        <Button
          icon={<ClockCircleOutlined />}
          onClick={() => setActive("extend")}
          data-testid="action-extend"
        >
          延长期限
        </Button>
      )}
      {mayDecide && open("opinion") && (
        <Button
          type={inv.transcripts.length > 0 ? "primary" : "default"}
          icon={<EditOutlined />}
          onClick={() => setActive("opinion")}
          data-testid="action-opinion"
        >
          出具意见
        </Button>
      )}
      {concluded && can("document:read") && (
        <Button
          icon={<FileWordOutlined />}
          onClick={() => void downloadOpinion()}
          data-testid="download-opinion"
        >
          调查评估意见书
        </Button>
      )}
      {concluded && inv.opinion === "suitable" && !inv.subjectId && can("subject:create") && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={() => void navigate(`/subjects/new?investigationId=${inv.id}`)}
          data-testid="action-register"
        >
          登记交付
        </Button>
      )}
      {inv.subjectId && (
        <Button onClick={() => void navigate(`/subjects/${inv.subjectId}`)} data-testid="open-subject">
          查看矫正档案
        </Button>
      )}
    </Space>
  );

  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: "调查评估", to: "/investigations" }, { title: inv.personName }]}
        title={<span data-testid="investigation-name">{inv.personName}</span>}
        subTitle="调查评估"
        tags={
          <Space size={4} wrap>
            <InvestigationStatusTag status={inv.status} label={inv.statusLabel} />
            {inv.fastTrack && <Tag color="volcano">速裁</Tag>}
            <OpinionTag opinion={inv.opinion} />
            {inv.minor && <Tag color="red">未成年人</Tag>}
          </Space>
        }
        extra={actions}
      />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={progress(inv)}
          items={[
            { title: "接收委托", content: inv.receivedOn },
            { title: "指派调查", content: inv.officeName ?? "待指派" },
            { title: "走访调查", content: `${inv.transcripts.length} 份笔录` },
            { title: "出具意见", content: inv.opinionOn ?? `期限 ${inv.dueOn}` },
            { title: "登记交付", content: inv.subjectId ? "已建档" : "—" },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card variant="borderless" title="委托信息" size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: "org", label: "委托机关", children: inv.commissioningOrgName },
                { key: "no", label: "委托函文号", children: dash(inv.commissionNumber) },
                { key: "received", label: "收到委托", children: inv.receivedOn },
                {
                  key: "due",
                  label: "意见期限",
                  children: (
                    <span data-testid="investigation-due-on">
                      {inv.dueOn}
                      {inv.dueProvisional && <Tag color="gold">暂定</Tag>}
                      {inv.extendedDueOn && (
                        <Typography.Text type="secondary">
                          （已延长，原 {inv.originalDueOn ?? "—"}）
                        </Typography.Text>
                      )}
                    </span>
                  ),
                },
                { key: "name", label: "被调查人", children: inv.personName },
                { key: "sex", label: "性别", children: sexLabels[inv.sex] },
                {
                  key: "id",
                  label: "身份证号码",
                  children: <span className="mono">{dash(inv.idNumberMasked)}</span>,
                },
                {
                  key: "cat",
                  label: "拟适用类别",
                  children: inv.proposedCategoryLabel ?? inv.proposedCategory,
                },
                { key: "crime", label: "涉嫌罪名", children: inv.crime },
                { key: "office", label: "调查司法所", children: dash(inv.officeName) },
                { key: "addr", label: "居住地", span: 2, children: inv.residenceAddress },
                ...(inv.extensionReason
                  ? [{ key: "ext", label: "延期理由", span: 2, children: inv.extensionReason }]
                  : []),
                ...(inv.opinion
                  ? [
                      { key: "op", label: "评估意见", children: <OpinionTag opinion={inv.opinion} /> },
                      { key: "docno", label: "意见书文号", children: dash(inv.documentNumber) },
                      { key: "reasons", label: "评估理由", span: 2, children: dash(inv.opinionReasons) },
                      { key: "cc", label: "抄送检察院", children: dash(inv.copiedToProcuratorateOn) },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Card
            variant="borderless"
            size="small"
            title={`调查笔录（${inv.transcripts.length}）`}
            style={{ marginTop: 16 }}
            data-testid="transcripts"
          >
            {inv.transcripts.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无调查笔录" />
            ) : (
              <Space orientation="vertical" style={{ width: "100%" }} size={12}>
                {inv.transcripts.map((t) => (
                  <TranscriptCard
                    key={t.id}
                    inv={inv}
                    t={t}
                    canWork={mayWork && open("transcript")}
                    onChanged={reload}
                  />
                ))}
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card variant="borderless" size="small" title="期限">
            <DeadlineList items={inv.deadlines} />
          </Card>
          <Card variant="borderless" size="small" title="办理记录" style={{ marginTop: 16 }}>
            <CaseTimeline
              events={inv.timeline ?? []}
              onDownload={(kind) => (kind === "investigation-opinion" ? void downloadOpinion() : undefined)}
            />
          </Card>
        </Col>
      </Row>
      {active === "assign" && <AssignModal inv={inv} onClose={() => setActive(null)} onDone={done} />}
      {active === "transcript" && <TranscriptModal inv={inv} onClose={() => setActive(null)} onDone={done} />}
      {active === "extend" && <ExtensionModal inv={inv} onClose={() => setActive(null)} onDone={done} />}
      {active === "opinion" && <OpinionModal inv={inv} onClose={() => setActive(null)} onDone={done} />}
    </>
  );
}
