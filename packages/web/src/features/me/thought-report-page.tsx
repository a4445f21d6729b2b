import { Alert, Button, Card, Input, Result } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { errorMessage } from "../../api/client";
import { meApi } from "./api";

/** 思想汇报: a written thought report, counted for the thought-report duty of the period. */
export default function ThoughtReportPage() {
  const [content, setContent] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async () => {
    if (!content.trim()) return setError("请填写思想汇报的内容。");
    setBusy(true);
    setError(null);
    try {
      await meApi.thoughtReport(content.trim());
      setSent(true);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (sent)
    return (
      <Result
        status="success"
        title="思想汇报已提交"
        subTitle="司法所工作人员会查阅您的汇报。"
        extra={
          <Link to="/m/">
            <Button type="primary" size="large">
              返回首页
            </Button>
          </Link>
        }
        data-testid="m-report-done"
      />
    );

  return (
    <Card className="m-card" title="书面思想汇报" variant="borderless">
      <p className="m-hint">请写下这段时间的学习、工作、生活情况和思想认识。</p>
      {error && <Alert type="error" showIcon title={error} className="m-block" role="alert" />}
      <Input.TextArea
        value={content}
        onChange={(e) => setContent(e.target.value)}
        rows={8}
        maxLength={5000}
        showCount
        placeholder="例如：本月按时报到，参加了公益活动……"
        aria-label="汇报内容"
        data-testid="m-report-content"
      />
      <Button
        type="primary"
        block
        size="large"
        className="m-big-button"
        loading={busy}
        onClick={() => void submit()}
        data-testid="m-report-submit"
      >
        提交汇报
      </Button>
    </Card>
  );
}
