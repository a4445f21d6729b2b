/** What each queue of the county's 审批队列 is given by the page. */
export interface QueueProps {
  /** Changes when the page reloads, or after a decision: every queue reloads. */
  version: number;
  /** A decision was taken. */
  onChanged: () => void;
}
