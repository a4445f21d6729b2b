import { EditOutlined } from "@ant-design/icons";
import type { FourHistory, ThreeInvolvement } from "@zhijiao/domain";
import { fourHistoryLabels, penaltyLabels, sexLabels, threeInvolvementLabels } from "@zhijiao/domain";
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Tabs, Tag } from "antd";
import type { DescriptionsProps } from "antd";
import { lazy, Suspense } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { api, isApiError } from "../../api/client";
import type { Subject } from "../../api/types";
import { LoadingCard } from "../../components/loading-card";
import { PageHeader } from "../../components/page-header";
import { dash, fmtDate, fmtDateTime, fmtPeriod } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";
import { useCan } from "../auth/auth-context";
import { CaseDetails } from "../case/case-details";
import { CasePanel } from "../case/case-panel";
import { useCase } from "../case/use-case";
import { SupervisionTab } from "../supervision/supervision-tab";
import { ethnicityLabel } from "./ethnicity";
import { RevealField } from "./reveal-field";
import { SubjectAuditTable } from "./subject-audit-table";
import { SubjectPhoto } from "./subject-photo";
import { LevelTag, MinorTag, StatusTag } from "./subject-tags";

// 电子定位 brings Leaflet with it: its own chunk, loaded when the tab opens.
const PositioningTab = lazy(() => import("../positioning/positioning-tab"));

function tagList<C extends string>(codes: readonly C[] | null | undefined, labels: Record<C, string>) {
  if (!codes || codes.length === 0) return "无";
  return (
    <Space size={4} wrap>
      {codes.map((c) => (
        <Tag key={c} color="orange">
          {labels[c]}
        </Tag>
      ))}
    </Space>
  );
}

function months(n: number | undefined): string {
  if (n === undefined || n === null) return "—";
  const y = Math.floor(n / 12);
  const m = n % 12;
  return `${n} 个月${y > 0 ? `（${y} 年${m > 0 ? ` ${m} 个月` : ""}）` : ""}`;
}

export default function SubjectFilePage() {
  const { id = "" } = useParams();
  const can = useCan();
  const navigate = useNavigate();
  // A link with ?action=… (workbench, decision queue) opens the 日常监管 tab and its form.
  const [params] = useSearchParams();
  const {
    data: s,
    loading,
    cause,
    error,
    reload,
  } = useRemote((signal) => api.get<Subject>(`/api/subjects/${id}`, {}, signal), id);
  const kase = useCase(id);
  // Roles that read files but not cases (social workers) see the file without the case.
  const showsCase = !(isApiError(kase.cause) && kase.cause.status === 403);

  if (!s && loading) {
    return <LoadingCard rows={8} />;
  }
  if (!s) {
    const notFound = isApiError(cause) && cause.status === 404;
    return (
      <Result
        status={notFound ? "404" : "error"}
        title={notFound ? "未找到该矫正对象" : "加载失败"}
        subTitle={error}
        extra={<Link to="/subjects">返回列表</Link>}
      />
    );
  }

  const basic: DescriptionsProps["items"] = [
    { key: "name", label: "姓名", children: s.name },
    { key: "sex", label: "性别", children: sexLabels[s.sex] },
    { key: "ethnicity", label: "民族", children: ethnicityLabel(s.ethnicity) },
    { key: "birthDate", label: "出生日期", children: fmtDate(s.birthDate) },
    {
      key: "idNumber",
      label: "身份证号码",
      children: (
        <RevealField
          subjectId={s.id}
          field="idNumber"
          masked={s.idNumberMasked}
          canReveal={can("subject:reveal")}
        />
      ),
    },
    {
      key: "phone",
      label: "联系电话",
      children: (
        <RevealField
          subjectId={s.id}
          field="phone"
          masked={s.phoneMasked}
          canReveal={can("subject:reveal")}
        />
      ),
    },
    { key: "householdAddress", label: "户籍地址", span: 2, children: dash(s.householdAddress) },
    { key: "householdDivisionCode", label: "户籍地区划代码", children: dash(s.householdDivisionCode) },
    { key: "residenceAddress", label: "居住地址", span: 2, children: s.residenceAddress },
    { key: "residenceDivisionCode", label: "居住地区划代码", children: s.residenceDivisionCode },
    { key: "office", label: "司法所", children: s.officeName },
    { key: "county", label: "县级社区矫正机构", children: dash(s.countyName) },
    { key: "receivedOn", label: "接收日期", children: fmtDate(s.receivedOn) },
    { key: "releasedOn", label: "解矫日期", children: fmtDate(s.releasedOn) },
    {
      key: "fourHistories",
      label: "四史",
      children: tagList<FourHistory>(s.fourHistories, fourHistoryLabels),
    },
    {
      key: "threeInvolvements",
      label: "三涉",
      children: tagList<ThreeInvolvement>(s.threeInvolvements, threeInvolvementLabels),
    },
    { key: "createdAt", label: "建档时间", children: fmtDateTime(s.createdAt) },
    { key: "updatedAt", label: "最近更新", children: fmtDateTime(s.updatedAt) },
  ];

  const sentence: DescriptionsProps["items"] = [
    { key: "crime", label: "罪名", span: 2, children: s.crime },
    { key: "penalty", label: "原判刑罚", children: penaltyLabels[s.sentence.penalty] },
    { key: "termMonths", label: "刑期", children: months(s.sentence.termMonths) },
    { key: "probationMonths", label: "缓刑考验期", children: months(s.sentence.probationMonths) },
    {
      key: "custodyDays",
      label: "判决前羁押",
      children:
        s.sentence.custodyDays !== undefined && s.sentence.custodyDays !== null
          ? `${s.sentence.custodyDays} 天`
          : "—",
    },
    { key: "text", label: "判决主文", span: 3, children: dash(s.sentence.text) },
    { key: "decidingAuthority", label: "决定机关", children: s.decidingAuthority },
    { key: "judgmentNumber", label: "判决书文号", children: s.judgmentNumber },
    { key: "judgmentEffectiveOn", label: "判决生效日期", children: fmtDate(s.judgmentEffectiveOn) },
    { key: "category", label: "矫正类别", children: s.categoryLabel },
    {
      key: "period",
      label: "矫正期限",
      span: 2,
      children: (
        <span data-testid="correction-period">{fmtPeriod(s.correctionStartOn, s.correctionEndOn)}</span>
      ),
    },
  ];

  const canEdit = can("subject:update") && !s.archived;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: "矫正对象", to: "/subjects" }, { title: s.name }]}
        title={<span data-testid="subject-name">{s.name}</span>}
        tags={
          <Space size={4} wrap>
            <Tag color="geekblue">{s.categoryLabel}</Tag>
            <StatusTag status={s.status} label={s.statusLabel} />
            <LevelTag level={s.level} label={s.levelLabel} />
            {s.minor && <MinorTag />}
            {s.archived && <Tag>已归档</Tag>}
          </Space>
        }
        extra={
          <Space>
            {can("location:read") && (
              <Link to={`/subjects/${s.id}/trajectory`} data-testid="subject-trajectory">
                轨迹回放
              </Link>
            )}
            {canEdit && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => void navigate(`/subjects/${s.id}/edit`)}
              >
                编辑档案
              </Button>
            )}
          </Space>
        }
      />
      {s.archived && <Alert type="info" showIcon title="档案已归档，只能查阅" style={{ marginBottom: 16 }} />}
      <Card variant="borderless" className="subject-summary">
        <div className="subject-summary-body">
          <SubjectPhoto
            subjectId={s.id}
            hasPhoto={s.hasPhoto}
            version={s.version}
            canUpload={canEdit}
            onUploaded={reload}
          />
          <Descriptions
            column={{ xs: 1, sm: 2, lg: 3 }}
            size="small"
            items={[
              {
                key: "idNumber",
                label: "身份证号码",
                children: <span className="mono">{dash(s.idNumberMasked)}</span>,
              },
              { key: "office", label: "司法所", children: s.officeName },
              {
                key: "period",
                label: "矫正期限",
                children: fmtPeriod(s.correctionStartOn, s.correctionEndOn),
              },
              { key: "crime", label: "罪名", children: s.crime },
              {
                key: "sentence",
                label: "原判",
                children: s.sentence.text || penaltyLabels[s.sentence.penalty],
              },
              { key: "residence", label: "居住地", children: s.residenceAddress },
            ]}
          />
        </div>
      </Card>
      {showsCase && <CasePanel subject={s} kase={kase} onChanged={reload} />}
      <Card variant="borderless" style={{ marginTop: 16 }}>
        <Tabs
          items={[
            ...(showsCase
              ? [{ key: "case", label: "案件办理", children: <CaseDetails subject={s} kase={kase} /> }]
              : []),
            ...(showsCase
              ? [
                  {
                    key: "supervision",
                    label: <span data-testid="tab-supervision">日常监管</span>,
                    children: <SupervisionTab subject={s} onChanged={reload} />,
                  },
                ]
              : []),
            ...(can("alert:read")
              ? [
                  {
                    key: "positioning",
                    label: <span data-testid="tab-positioning">电子定位</span>,
                    children: (
                      <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
                        <PositioningTab subject={s} onChanged={reload} />
                      </Suspense>
                    ),
                  },
                ]
              : []),
            {
              key: "basic",
              label: "基本信息",
              children: (
                <Descriptions bordered column={{ xs: 1, md: 2, xl: 3 }} size="middle" items={basic} />
              ),
            },
            {
              key: "sentence",
              label: "判决与刑罚",
              children: (
                <Descriptions bordered column={{ xs: 1, md: 2, xl: 3 }} size="middle" items={sentence} />
              ),
            },
            ...(can("subject:audit")
              ? [{ key: "audit", label: "审计记录", children: <SubjectAuditTable subjectId={s.id} /> }]
              : []),
          ]}
          defaultActiveKey={params.get("action") ? "supervision" : undefined}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
