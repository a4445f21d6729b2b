import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { AppRoot } from "./app";
import { theme } from "./theme";
import "./styles.css";

dayjs.locale("zh-cn");

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <Suspense fallback={null}>
          <AppRoot />
        </Suspense>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
