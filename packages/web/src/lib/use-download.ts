import { App } from "antd";
import { download, errorMessage } from "../api/client";

/** Downloads a file (a .docx document) and shows a refusal as a message. */
export function useDownload() {
  const { message } = App.useApp();
  return async (path: string, name: string) => {
    try {
      await download(path, name);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
}
