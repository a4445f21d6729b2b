/** 新增矫正对象, 登记交付 (from an investigation) and 编辑档案: loads what the form starts from. */
import { Result } from "antd";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import type { InvestigationView, Subject } from "../../api/types";
import { LoadingCard } from "../../components/loading-card";
import { useRemote } from "../../lib/use-remote";
import { SubjectForm } from "./form/subject-form";

/** "登记交付" from a concluded investigation: /subjects/new?investigationId=… */
function FromInvestigation({ investigationId }: { investigationId: string }) {
  const { data, loading, error } = useRemote(
    (signal) => api.get<InvestigationView>(`/api/investigations/${investigationId}`, {}, signal),
    investigationId,
  );
  if (loading && !data) {
    return <LoadingCard rows={10} />;
  }
  if (!data) {
    return (
      <Result
        status="error"
        title="无法加载调查评估"
        subTitle={error}
        extra={<Link to="/investigations">返回</Link>}
      />
    );
  }
  if (data.subjectId) {
    return (
      <Result
        status="info"
        title="该调查评估已登记交付"
        extra={<Link to={`/subjects/${data.subjectId}`}>查看矫正档案</Link>}
      />
    );
  }
  if (data.status !== "concluded") {
    return (
      <Result
        status="warning"
        title="调查评估尚未出具意见，不能登记交付"
        extra={<Link to={`/investigations/${data.id}`}>返回调查评估</Link>}
      />
    );
  }
  return <SubjectForm key={data.id} investigation={data} />;
}

export default function SubjectFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const investigationId = id ? null : params.get("investigationId");
  const { data, loading, error } = useRemote(
    (signal) => (id ? api.get<Subject>(`/api/subjects/${id}`, {}, signal) : Promise.resolve(undefined)),
    id ?? "new",
  );
  if (investigationId) return <FromInvestigation investigationId={investigationId} />;
  if (!id) return <SubjectForm />;
  if (loading && !data) {
    return <LoadingCard rows={10} />;
  }
  if (!data) {
    return (
      <Result
        status="error"
        title="无法加载档案"
        subTitle={error}
        extra={<Link to="/subjects">返回列表</Link>}
      />
    );
  }
  if (data.archived) {
    return (
      <Result
        status="info"
        title="档案已归档，只能查阅"
        extra={<Link to={`/subjects/${data.id}`}>返回档案</Link>}
      />
    );
  }
  return <SubjectForm key={data.id} subject={data} />;
}
