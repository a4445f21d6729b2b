import type { OrgKind } from "@zhijiao/domain";
import { TreeSelect } from "antd";
import type { TreeSelectProps } from "antd";
import type { Org } from "../../api/types";
import { buildOrgTree } from "../../lib/use-organizations";
import type { OrgNode } from "../../lib/use-organizations";

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

function toOptions(nodes: OrgNode[], selectable?: readonly OrgKind[]): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    disabled: selectable ? !selectable.includes(n.kind) : false,
    children: toOptions(n.children, selectable),
  }));
}

type Props = Omit<TreeSelectProps<string>, "treeData"> & {
  orgs: readonly Org[];
  /** Only organisations of these kinds can be picked (the others stay visible for orientation). */
  selectableKinds?: readonly OrgKind[];
};

/** Picks an organisation from the caller's tree. */
export function OrgTreeSelect({ orgs, selectableKinds, ...rest }: Props) {
  return (
    <TreeSelect<string>
      treeData={toOptions(buildOrgTree(orgs), selectableKinds)}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      placeholder="选择机构"
      {...rest}
    />
  );
}
