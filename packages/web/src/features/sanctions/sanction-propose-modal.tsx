/** 提请奖惩 (R-SN-1..7): the measure, shown with its rule and who decides, and its facts. */
import type { SanctionKind } from "@zhijiao/domain";
import {
  checkCommendationTime,
  checkSanctionCategory,
  defaultSanctionRules,
  sanctionAddressees,
  sanctionKindLabels,
  sanctionKinds,
  sanctionRuleIds,
} from "@zhijiao/domain";
import { Alert, Form, Input, Select } from "antd";
import { api } from "../../api/client";
import type { Subject } from "../../api/types";
import type { DialogProps } from "../../components/step-modal";
import { StepModal } from "../../components/step-modal";
import { today } from "../../lib/case-rules";
import type { SanctionSuggestion } from "./types";

interface SanctionValues {
  kind: SanctionKind;
  facts: string;
}

const addresseeLabels = {
  county: "县级社区矫正机构决定",
  police: "批准后提请公安机关",
  court: "批准后提请人民法院",
  intermediate_court: "批准后提请中级人民法院",
} as const;

/** Why a measure cannot be proposed for this subject now (the domain rule), or null. */
function sanctionRefusal(subject: Subject, kind: SanctionKind): string | null {
  try {
    checkSanctionCategory(kind, subject.category);
    if (kind === "commendation")
      checkCommendationTime(defaultSanctionRules, subject.correctionStartOn, today());
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export function SanctionProposeModal({
  subject,
  suggestion,
  ...p
}: DialogProps & { subject: Subject; suggestion?: SanctionSuggestion }) {
  const factsText = suggestion
    ? `${suggestion.grounds}${suggestion.facts
        .map((f) =>
          f.type === "absence" ? `；脱管 ${f.days} 日` : `；${f.decidedOn ?? ""}${f.label}：${f.facts}`,
        )
        .join("")}`
    : undefined;
  return (
    <StepModal<SanctionValues>
      title="提请奖惩"
      testId="sanction-modal"
      fields={["kind", "facts"]}
      initialValues={{ kind: suggestion?.kind, facts: factsText }}
      precheck={(v) => {
        checkSanctionCategory(v.kind, subject.category);
        if (v.kind === "commendation")
          checkCommendationTime(defaultSanctionRules, subject.correctionStartOn, today());
      }}
      submit={(v) =>
        api.post(`/api/subjects/${subject.id}/sanctions`, { kind: v.kind, facts: v.facts.trim() })
      }
      successText="已提请"
      {...p}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="措施" rules={[{ required: true, message: "请选择措施" }]}>
            <Select
              options={sanctionKinds.map((k) => ({
                value: k,
                label: `${sanctionKindLabels[k]}（${sanctionRuleIds[k]}）`,
                disabled: sanctionRefusal(subject, k) !== null,
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() => {
              const kind = form.getFieldValue("kind") as SanctionKind | undefined;
              if (!kind) return null;
              const refusal = sanctionRefusal(subject, kind);
              return (
                <Alert
                  type={refusal ? "warning" : "info"}
                  showIcon
                  style={{ marginBottom: 16 }}
                  data-testid="sanction-rule"
                  title={`${sanctionKindLabels[kind]}：${sanctionRuleIds[kind]}，${addresseeLabels[sanctionAddressees[kind]]}（${subject.categoryLabel}）`}
                  description={refusal ?? undefined}
                />
              );
            }}
          </Form.Item>
          <Form.Item
            name="facts"
            label="事实和理由"
            rules={[{ required: true, whitespace: true, message: "请填写事实" }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
