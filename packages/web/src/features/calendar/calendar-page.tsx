import { DeleteOutlined, PlusOutlined, ReloadOutlined, SaveOutlined } from "@ant-design/icons";
import type { CalendarDay } from "@zhijiao/domain";
import { addDays, compareDates, dayOfWeek, isDomainError, validateCalendarYear } from "@zhijiao/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { api, errorMessage } from "../../api/client";
import type { CalendarAnswer } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { invalidateCaseEnvironment } from "../../lib/case-rules";
import { DATE_FORMAT, fmtDateTime } from "../../lib/format";
import { useRemote } from "../../lib/use-remote";

const weekdays = ["日", "一", "二", "三", "四", "五", "六"];

function sortDays(days: CalendarDay[]): CalendarDay[] {
  return [...days].sort((a, b) => compareDates(a.date, b.date));
}

/** Adds a range of days (a holiday week, or one swapped working day), replacing the same dates. */
function mergeRange(
  days: CalendarDay[],
  from: string,
  to: string,
  working: boolean,
  name: string,
): CalendarDay[] {
  const added: CalendarDay[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) {
    if (working) {
      const w = dayOfWeek(d);
      if (w !== 0 && w !== 6) continue; // only weekends can be swapped into working days
    }
    added.push({ date: d, working, name });
  }
  const dates = new Set(added.map((a) => a.date));
  return sortDays([...days.filter((d) => !dates.has(d.date)), ...added]);
}

/** One year's schedule being edited. */
function YearEditor({
  year,
  initial,
  source,
  onSaved,
}: {
  year: number;
  initial: CalendarDay[];
  source: string | null;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [days, setDays] = useState<CalendarDay[]>(() => sortDays(initial));
  const [range, setRange] = useState<[string, string] | null>(null);
  const [working, setWorking] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(sortDays(initial)) !== JSON.stringify(days);
  const holidays = days.filter((d) => !d.working).length;
  const swapped = days.length - holidays;

  const add = () => {
    if (!range || !name.trim()) {
      setError("请选择日期并填写名称");
      return;
    }
    setError(null);
    setDays(mergeRange(days, range[0], range[1], working, name.trim()));
    setRange(null);
  };

  const save = async () => {
    setError(null);
    if (days.length === 0) {
      setError("每个年度至少应有一天节假日安排");
      return;
    }
    try {
      validateCalendarYear(year, days);
    } catch (e) {
      setError(isDomainError(e) ? e.message : String(e));
      return;
    }
    setSaving(true);
    try {
      await api.putJson(`/api/calendar/${year}`, { source: "manual", days });
      invalidateCaseEnvironment();
      void message.success(`${year} 年工作日历已保存`);
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
      title={
        <Space>
          <span>{year} 年节假日安排</span>
          {source && <Tag>{source === "manual" ? "人工维护" : source}</Tag>}
          {dirty && <Tag color="orange">未保存</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Button disabled={!dirty} onClick={() => setDays(sortDays(initial))}>
            撤销修改
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={!dirty}
            loading={saving}
            onClick={() => void save()}
            data-testid="calendar-save"
          >
            保存
          </Button>
        </Space>
      }
    >
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Statistic title="放假日" value={holidays} suffix="天" />
        </Col>
        <Col span={8}>
          <Statistic title="调休上班日" value={swapped} suffix="天" />
        </Col>
      </Row>
      <div className="calendar-add">
        <DatePicker.RangePicker
          aria-label="日期范围"
          value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
          onChange={(v) =>
            setRange(v && v[0] && v[1] ? [v[0].format(DATE_FORMAT), v[1].format(DATE_FORMAT)] : null)
          }
          disabledDate={(d) => d.year() !== year}
          defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
        />
        <Radio.Group
          optionType="button"
          value={working}
          onChange={(e) => setWorking(e.target.value as boolean)}
          options={[
            { value: false, label: "放假" },
            { value: true, label: "调休上班" },
          ]}
        />
        <Input
          placeholder="名称，如 国庆节"
          aria-label="名称"
          value={name}
          maxLength={20}
          onChange={(e) => setName(e.target.value)}
          style={{ width: 160 }}
        />
        <Button icon={<PlusOutlined />} onClick={add}>
          加入
        </Button>
      </div>
      {error && <Alert type="error" showIcon title={error} style={{ margin: "12px 0" }} role="alert" />}
      <Table<CalendarDay>
        size="small"
        rowKey="date"
        style={{ marginTop: 12 }}
        pagination={false}
        dataSource={days}
        scroll={{ y: 420 }}
        locale={{ emptyText: "尚无节假日安排（周一至周五为工作日，周六、周日休息）" }}
        columns={[
          {
            title: "日期",
            dataIndex: "date",
            width: 150,
            render: (d: string) => (
              <span className="mono">
                {d} 周{weekdays[dayOfWeek(d)]}
              </span>
            ),
          },
          {
            title: "类型",
            dataIndex: "working",
            width: 110,
            render: (w: boolean) => (w ? <Tag color="blue">调休上班</Tag> : <Tag color="red">放假</Tag>),
          },
          {
            title: "名称",
            dataIndex: "name",
            render: (n: string, row) => (
              <Input
                size="small"
                value={n}
                maxLength={20}
                aria-label={`${row.date} 名称`}
                onChange={(e) =>
                  setDays(days.map((d) => (d.date === row.date ? { ...d, name: e.target.value } : d)))
                }
              />
            ),
          },
          {
            title: "",
            width: 48,
            render: (_, row) => (
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                aria-label={`删除 ${row.date}`}
                onClick={() => setDays(days.filter((d) => d.date !== row.date))}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

/** 工作日历 (R-DL-3): the State Council holiday schedule of each year, loaded or edited by an administrator. */
export default function CalendarPage() {
  const { data, loading, error, reload } = useRemote(
    (signal) => api.get<CalendarAnswer>("/api/calendar", {}, signal),
    "calendar",
  );
  const [selected, setSelected] = useState<number | null>(null);
  const [newYear, setNewYear] = useState<number | null>(null);
  const years = useMemo(() => [...(data?.years ?? [])].sort((a, b) => b.year - a.year), [data]);
  const thisYear = dayjs().year();
  const year = selected ?? years[0]?.year ?? null;
  const yearDays = useMemo(
    () => (data?.days ?? []).filter((d) => year !== null && d.date.startsWith(`${year}-`)),
    [data, year],
  );
  const last = years[0]?.year;

  return (
    <>
      <PageHeader
        title="工作日历"
        subTitle="国务院办公厅公布的节假日安排；期限按工作日历计算（R-DL-1、R-DL-2、R-DL-3）"
        extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {last !== undefined && last <= thisYear && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${last + 1} 年的节假日安排尚未载入：延伸到 ${last + 1} 年的期限将显示为“暂定”。公布后请在此录入。`}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card variant="borderless" title="已载入年度" loading={loading && !data}>
            <Table
              size="small"
              rowKey="year"
              tableLayout="fixed"
              pagination={false}
              dataSource={years}
              data-testid="calendar-years"
              rowClassName={(r) => (r.year === year ? "row-selected" : "")}
              onRow={(r) => ({ onClick: () => setSelected(r.year), style: { cursor: "pointer" } })}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未载入" /> }}
              columns={[
                { title: "年度", dataIndex: "year", width: 70 },
                {
                  title: "来源",
                  dataIndex: "source",
                  render: (s: string | null) => (s === "manual" ? "人工维护" : (s ?? "—")),
                },
                {
                  title: "载入时间",
                  dataIndex: "loadedAt",
                  width: 110,
                  render: (t: string | null) => (
                    <Tooltip title={fmtDateTime(t)}>{t ? dayjs(t).format("YYYY-MM-DD") : "—"}</Tooltip>
                  ),
                },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <InputNumber
                min={2000}
                max={2100}
                placeholder="年份"
                aria-label="新增年度"
                value={newYear}
                onChange={(v) => setNewYear(v)}
              />
              <Button
                icon={<PlusOutlined />}
                disabled={!newYear || years.some((y) => y.year === newYear)}
                onClick={() => {
                  setSelected(newYear);
                  setNewYear(null);
                }}
              >
                录入新年度
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          {year !== null ? (
            <YearEditor
              key={`${year}:${yearDays.length}:${years.find((y) => y.year === year)?.loadedAt ?? ""}`}
              year={year}
              initial={yearDays}
              source={years.find((y) => y.year === year)?.source ?? null}
              onSaved={reload}
            />
          ) : (
            <Card variant="borderless">
              <Typography.Text type="secondary">请选择或新增一个年度</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
