/** The step 矫正小组 (R-IN-2) of the case, as a dialog. */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { Sex, TeamMember, TeamMemberType } from "@zhijiao/domain";
import { sexLabels, sexes, teamMemberTypeLabels, teamMemberTypes, validateTeam } from "@zhijiao/domain";
import { Alert, Button, Form, Input, Radio, Select, Switch, Table } from "antd";
import type { FormInstance } from "antd";
import { useMemo } from "react";
import { api } from "../../../api/client";
import type { Subject } from "../../../api/types";
import { StepModal } from "../../../components/step-modal";
import { codeOptions } from "../../../lib/format";
import { trimmed } from "../../../lib/text";
import { stepPath } from "./step-props";
import type { CaseStepProps } from "./step-props";

interface TeamValues {
  members: { name?: string; type?: TeamMemberType; sex?: Sex; phone?: string; knowsMinors?: boolean }[];
}

function teamOf(v: TeamValues | undefined): TeamMember[] {
  return (v?.members ?? []).map((m) => ({
    name: m?.name ?? "",
    type: (m?.type ?? "") as TeamMemberType,
    sex: (m?.sex ?? "male") as Sex,
    phone: trimmed(m?.phone),
    knowsMinors: !!m?.knowsMinors,
  }));
}

function TeamRuleCheck({ form, subject }: { form: FormInstance<TeamValues>; subject: Subject }) {
  const members = Form.useWatch("members", form);
  const problem = useMemo(() => {
    try {
      validateTeam({
        subjectSex: subject.sex,
        minor: subject.minor,
        members: teamOf({ members: members ?? [] }),
      });
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [members, subject.sex, subject.minor]);
  const rules = ["至少一名司法所工作人员"];
  if (subject.sex === "female") rules.push("女性矫正对象的矫正小组应当有女性成员（社区矫正法第二十五条）");
  if (subject.minor)
    rules.push("未成年矫正对象的矫正小组成员应当熟悉未成年人身心特点（社区矫正法第五十二条）");
  return (
    <Alert
      type={problem ? "warning" : "success"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="team-rule"
      title={`矫正小组组成要求（R-IN-2）：${rules.join("；")}`}
      description={problem ? `尚不符合：${problem}` : "当前成员符合要求"}
    />
  );
}

export function TeamModal({ view, subject, onClose, onDone }: CaseStepProps) {
  const initial: TeamValues = {
    members: view.team.length
      ? view.team.map((m) => ({ ...m, phone: m.phone ?? undefined }))
      : [{ type: "01", sex: subject.sex === "female" ? "female" : undefined, knowsMinors: subject.minor }],
  };
  return (
    <StepModal<TeamValues>
      title={`确定矫正小组：${subject.name}（${sexLabels[subject.sex]}${subject.minor ? "，未成年人" : ""}）`}
      okText="保存小组"
      successText="矫正小组已保存"
      width={960}
      testId="team-modal"
      initialValues={initial}
      precheck={(v) => {
        validateTeam({ subjectSex: subject.sex, minor: subject.minor, members: teamOf(v) });
      }}
      submit={(v) => api.putJson(stepPath(view, "team"), { members: teamOf(v) })}
      onClose={onClose}
      onDone={onDone}
    >
      {(form) => (
        <>
          <TeamRuleCheck form={form} subject={subject} />
          <Form.List name="members">
            {(rows, { add, remove }) => (
              <>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={rows}
                  className="team-table"
                  columns={[
                    {
                      title: "姓名",
                      render: (_, row) => (
                        <Form.Item
                          name={[row.name, "name"]}
                          noStyle
                          rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}
                        >
                          <Input aria-label="成员姓名" maxLength={30} placeholder="姓名" />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "类型",
                      width: 200,
                      render: (_, row) => (
                        <Form.Item
                          name={[row.name, "type"]}
                          noStyle
                          rules={[{ required: true, message: "请选择类型" }]}
                        >
                          <Select
                            aria-label="成员类型"
                            style={{ width: "100%" }}
                            placeholder="成员类型"
                            options={codeOptions(teamMemberTypes, teamMemberTypeLabels)}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "性别",
                      width: 120,
                      render: (_, row) => (
                        <Form.Item
                          name={[row.name, "sex"]}
                          noStyle
                          rules={[{ required: true, message: "请选择性别" }]}
                        >
                          <Radio.Group aria-label="成员性别" options={codeOptions(sexes, sexLabels)} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "联系电话",
                      width: 150,
                      render: (_, row) => (
                        <Form.Item name={[row.name, "phone"]} noStyle>
                          <Input aria-label="联系电话" maxLength={20} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "熟悉未成年人",
                      width: 110,
                      align: "center",
                      render: (_, row) => (
                        <Form.Item name={[row.name, "knowsMinors"]} noStyle valuePropName="checked">
                          <Switch size="small" aria-label="熟悉未成年人身心特点" />
                        </Form.Item>
                      ),
                    },
                    {
                      title: "",
                      width: 48,
                      render: (_, row) => (
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          onClick={() => remove(row.name)}
                          aria-label="删除成员"
                        />
                      ),
                    },
                  ]}
                />
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ knowsMinors: subject.minor })}
                  style={{ width: "100%", marginTop: 8 }}
                  data-testid="team-add"
                >
                  添加成员
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </StepModal>
  );
}
