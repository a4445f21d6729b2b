import { CameraOutlined, EditOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, Card, Empty, Spin, Tag } from "antd";
import { Link } from "react-router-dom";
import type { MyDuty } from "./api";
import { useOverview } from "./use-overview";

const stateColors: Record<MyDuty["state"], string> = {
  done: "success",
  pending: "processing",
  overdue: "error",
};

function dutyAmount(d: MyDuty): string {
  return d.unit === "hours" ? `${d.achieved}/${d.required} 小时` : d.state === "done" ? "已完成" : "未完成";
}

/** 今日待办: what is due now or overdue, and the days left of the correction period. */
export default function MobileHome() {
  const { data, error } = useOverview();
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!data) return <Spin className="m-loading" />;
  const s = data.subject;
  const open = data.duties.filter((d) => d.state !== "done");
  const done = data.duties.filter((d) => d.state === "done");
  return (
    <div>
      <Card className="m-card m-hero" variant="borderless">
        <div className="m-hero-name">{s.name}，您好</div>
        <div className="m-hero-sub">
          {s.categoryLabel} · {s.levelLabel} · {s.officeName}
        </div>
        <div className="m-countdown" data-testid="m-countdown">
          距矫正期满还有 <strong>{data.daysRemaining}</strong> 天
        </div>
        <div className="m-hero-sub">
          矫正期限：{s.correctionStartOn} 至 {s.correctionEndOn}
        </div>
      </Card>

      {data.randomCheck && (
        <Alert
          className="m-card"
          type="warning"
          showIcon
          data-testid="m-random-check"
          title={`随机抽查：请于 ${new Date(data.randomCheck.dueAt).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit" })} 前拍照签到`}
          description={
            <>
              {data.randomCheck.note && <div>{data.randomCheck.note}</div>}
              <Link to="/m/check-in">立即拍照签到</Link>
            </>
          }
        />
      )}

      <div className="m-actions">
        <Link to="/m/check-in" className="m-action">
          <CameraOutlined />
          <span>拍照签到</span>
        </Link>
        <Link to="/m/report" className="m-action">
          <EditOutlined />
          <span>思想汇报</span>
        </Link>
        <Link to="/m/leave" className="m-action">
          <SendOutlined />
          <span>外出申请</span>
        </Link>
      </div>

      <Card className="m-card" title="今日待办" variant="borderless" data-testid="m-duties">
        {open.length === 0 ? (
          <Empty description="当前没有待办事项" image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <ul className="m-list">
            {open.map((d) => (
              <li key={`${d.kind}-${d.periodStart}`} className="m-list-item">
                <div>
                  <div className="m-item-title">{d.kindLabel}</div>
                  <div className="m-item-sub">
                    {d.state === "overdue" ? "已于" : "请于"} {d.dueOn}{" "}
                    {d.state === "overdue" ? "到期" : "前完成"}
                    {d.unit === "hours" ? `（${dutyAmount(d)}）` : ""}
                  </div>
                </div>
                <Tag color={stateColors[d.state]}>{d.stateLabel}</Tag>
              </li>
            ))}
          </ul>
        )}
        {done.length > 0 && (
          <div className="m-item-sub m-done">本期已完成：{done.map((d) => d.kindLabel).join("、")}</div>
        )}
        <div className="m-item-sub">
          当面报告、电话报告、个别谈话等由司法所登记；签到照片和位置会提交给司法所。
        </div>
      </Card>

      <Card className="m-card" title="最近签到与汇报" variant="borderless">
        {data.recentRecords.length === 0 ? (
          <Empty description="还没有签到或汇报" image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <ul className="m-list">
            {data.recentRecords.map((r) => (
              <li key={r.id} className="m-list-item">
                <div>
                  <div className="m-item-title">{r.kindLabel}</div>
                  <div className="m-item-sub">{new Date(r.occurredAt).toLocaleString("zh-CN")}</div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
