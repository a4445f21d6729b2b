import type { ReactNode } from "react";
import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import type { DialogProps } from "../components/step-modal";

/**
 * The one dialog a panel shows at a time. A link may name a dialog (`?action=leave-decision&leaveId=…`,
 * from the workbench or the decision queue): `fromLink` opens it once its item is loaded, once per
 * link, and closing the dialog removes the link's parameters (`linkParams`).
 */
export function useDialog(onChanged: () => void, linkParams: readonly string[] = ["action"]) {
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<ReactNode>(null);
  const [opened, setOpened] = useState<string | null>(null);

  const close = () => {
    setDialog(null);
    if (params.get("action")) {
      const next = new URLSearchParams(params);
      for (const k of linkParams) next.delete(k);
      setParams(next, { replace: true });
    }
  };
  const props: DialogProps = {
    onClose: close,
    onDone: () => {
      close();
      onChanged();
    },
  };
  /** Opens the dialog of a link with this action, when `make` finds its item (it returns null until then). */
  const fromLink = (action: string, make: (params: URLSearchParams) => ReactNode | null) => {
    const key = params.get("action") === action ? params.toString() : null;
    if (!key || opened === key || dialog) return;
    const node = make(params);
    if (node) {
      setOpened(key);
      setDialog(node);
    }
  };
  return { dialog, open: setDialog, props, fromLink };
}
