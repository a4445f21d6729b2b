import { ReloadOutlined, SaveOutlined, UndoOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, InputNumber, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client";
import type { ItemOf } from "../../api/contract";
import { PageHeader } from "../../components/page-header";
import { useAuth } from "../auth/auth-context";
import { invalidateCaseEnvironment } from "../../lib/case-rules";
import { useRemote } from "../../lib/use-remote";

/** One table of figures as GET /api/rules answers it. */
type RuleTable = ItemOf<"/api/rules">;

/** What each figure means (DOMAIN.md, marked cfg where the province sets it), with its rule id. */
const figureMeanings: Record<string, Record<string, { label: string; rule: string }>> = {
  case_rules: {
    investigationWorkingDays: { label: "调查评估意见期限（工作日）", rule: "R-IV-1" },
    investigationFastTrackWorkingDays: { label: "速裁案件调查评估期限（工作日）", rule: "R-IV-1" },
    investigationMaxExtensionWorkingDays: { label: "调查评估最多延长（工作日）", rule: "R-IV-1" },
    handoverNoticeDays: { label: "判决生效后送达通知期限（日）", rule: "R-HO-1" },
    handoverDocumentsDays: { label: "送达法律文书期限（日）", rule: "R-HO-1" },
    reportDays: { label: "判决生效后报到期限（日）", rule: "R-HO-2" },
    transferApplyAheadDays: { label: "变更执行地提前申请（日）", rule: "R-TR-1" },
    transferConsultDays: { label: "变更执行地征求意见期限（日）", rule: "R-TR-1" },
    transferReplyDays: { label: "新执行地回复期限（日）", rule: "R-TR-1" },
    transferFilesDays: { label: "移交档案期限（日）", rule: "R-TR-2" },
    transferReportDays: { label: "到新执行地报到期限（日）", rule: "R-TR-2" },
    releasePreparationDays: { label: "期满前个人总结和鉴定（日）", rule: "R-RL-1" },
    initialStrictMonths: { label: "新入矫对象严管期（月）", rule: "R-SV-1" },
    dueSoonDays: { label: "期限临近提醒（日）", rule: "—" },
  },
  leave_rules: {
    advanceNoticeDays: { label: "外出至少提前申请（日）", rule: "R-LV-1" },
    officeMaxDays: { label: "司法所可批准的外出天数上限（日）", rule: "R-LV-2" },
    maxDaysPerRequest: { label: "一次外出最长（日）", rule: "R-LV-2" },
    cumulativeMaxDays: { label: "累计外出超过此天数报市级审批（日）", rule: "R-LV-2" },
    cumulativeWindowMonths: { label: "累计外出天数的计算期间（月）", rule: "R-LV-2" },
  },
  supervision_rules: {
    newSubjectStrictMonths: { label: "新入矫对象严管期（月）", rule: "R-SV-1" },
    strictReprimands: { label: "受训诫此次数即列为严管（次）", rule: "R-SV-1" },
    lenientAfterNormalMonths: { label: "连续普管此月数后可转宽管（月）", rule: "R-SV-1" },
    lenientMinQuarterAverage: { label: "转宽管要求的季度平均考核分", rule: "R-SV-1" },
  },
  sanction_rules: {
    commendationMinMonths: { label: "表扬前一般应已矫正（月）", rule: "R-SN-7" },
    reprimandsForWarning: { label: "训诫此次数仍不改正，提示警告（次）", rule: "R-SN-2" },
    warningsForRevocation: { label: "警告此次数仍不改正，提示撤销或收监（次）", rule: "R-SN-4/5" },
    absenceWarningDays: { label: "脱管或未按规定报到超过此天数，提示警告（日）", rule: "R-SN-2" },
    absenceRevocationDays: { label: "脱管超过此天数（一个月），提示撤销或收监（日）", rule: "R-SN-4/5" },
    courtRulingDays: { label: "法院裁定期限（日）", rule: "R-SN-6" },
    arrestDecisionDays: { label: "提请逮捕决定期限（日，48小时）", rule: "R-SN-6" },
  },
};

interface FigureRow {
  name: string;
  value: number;
  def: number;
}

/** One table's numeric figures, editable by a province administrator. */
function RuleCard({
  table,
  editable,
  onSaved,
}: {
  table: RuleTable;
  editable: boolean;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const meanings = figureMeanings[table.key] ?? {};
  const rows: FigureRow[] = Object.entries(table.values)
    .filter((e): e is [string, number] => typeof e[1] === "number")
    .map(([name, value]) => ({ name, value, def: table.defaults[name] as number }));
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const current = (r: FigureRow) => (r.name in draft ? draft[r.name] : r.value);
  const dirty = rows.some((r) => r.name in draft && draft[r.name] !== r.value);

  const save = async () => {
    setError(null);
    const values: Record<string, unknown> = {};
    // Figures other than numbers (the duty tables) keep their stored overrides.
    for (const [k, v] of Object.entries(table.overrides)) if (typeof v !== "number") values[k] = v;
    for (const r of rows) {
      const v = current(r);
      if (v === null || v === undefined) {
        setError(`请填写“${meanings[r.name]?.label ?? r.name}”`);
        return;
      }
      if (v !== r.def) values[r.name] = v;
    }
    setSaving(true);
    try {
      await api.putJson(`/api/rules/${table.key}`, { values });
      if (table.key === "case_rules") invalidateCaseEnvironment();
      void message.success(`${table.label}规则已保存，立即生效`);
      setDraft({});
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      variant="borderless"
      title={table.label}
      style={{ marginBottom: 16 }}
      data-testid={`rules-${table.key}`}
      extra={
        editable && (
          <Space>
            <Button icon={<UndoOutlined />} disabled={!dirty} onClick={() => setDraft({})}>
              撤销修改
            </Button>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={saving} onClick={save}>
              保存
            </Button>
          </Space>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<FigureRow>
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: "规则项",
            dataIndex: "name",
            render: (name: string) => meanings[name]?.label ?? name,
          },
          { title: "依据", width: 100, render: (_, r) => meanings[r.name]?.rule ?? "—" },
          { title: "默认值", dataIndex: "def", width: 90 },
          {
            title: "现行值",
            width: 170,
            render: (_, r) =>
              editable ? (
                <InputNumber
                  aria-label={meanings[r.name]?.label ?? r.name}
                  min={0}
                  max={366}
                  precision={0}
                  value={current(r)}
                  onChange={(v) => setDraft({ ...draft, [r.name]: v })}
                />
              ) : (
                <Space>
                  {r.value}
                  {r.value !== r.def && <Tag color="orange">已调整</Tag>}
                </Space>
              ),
          },
        ]}
      />
      {"duties" in table.values && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          各管理等级的监管事项频次（R-SV-2）按本省设置执行；如需调整，请通过接口 PUT /api/rules/
          {table.key} 提交 duties。
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** 可配置规则: the provincial figures (DOMAIN.md cfg) in force, their defaults, and editing for the province. */
export default function RulesPage() {
  const { can } = useAuth();
  const editable = can("template:manage");
  const { data, loading, error, reload } = useRemote(
    (signal) => api.get<{ items: RuleTable[] }>("/api/rules", {}, signal),
    "rules",
  );
  return (
    <>
      <PageHeader
        title="可配置规则"
        subTitle="省级可调整的期限和标准（DOMAIN.md 标注 cfg 的项目）；保存后所有业务立即按新值执行"
        extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {loading && !data && <Card loading variant="borderless" />}
      {data?.items.map((t) => (
        <RuleCard
          key={`${t.key}-${JSON.stringify(t.values)}`}
          table={t}
          editable={editable}
          onSaved={reload}
        />
      ))}
    </>
  );
}
