/**
 * 审批队列 (issue 4, "Console"): the county officer's decisions in one place: leave requests at
 * the county's level (R-LV-2), proposed rewards and sanctions (R-SN-1..7), proposed management
 * level changes (R-SV-1) and special-place requests (R-LV-4), each approved or refused in place
 * with a comment, with a link to the file.
 */
import { ReloadOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { useMe } from "../auth/auth-context";
import { LeaveQueue } from "../leave/leave-queue";
import { SanctionQueue } from "../sanctions/sanction-queue";
import { SpecialPlaceQueue } from "../special-places/special-place-queue";
import { LevelChangeQueue } from "./level-change-queue";
import type { QueueProps } from "./queue-props";

export default function DecisionsPage() {
  const me = useMe();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const queue: QueueProps = { version, onChanged: reload };
  return (
    <>
      <PageHeader
        title="审批队列"
        subTitle={me.org.name}
        extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label="刷新" />}
      />
      <LeaveQueue {...queue} />
      <SanctionQueue {...queue} />
      <LevelChangeQueue {...queue} />
      <SpecialPlaceQueue {...queue} />
    </>
  );
}
