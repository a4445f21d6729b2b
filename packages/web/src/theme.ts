import type { ThemeConfig } from "antd";

/** Calm government-product look: a deep-blue sider, white cards on a light grey ground. */
export const siderBg = "#0b2545";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: "#1f5fbf",
    colorInfo: "#1f5fbf",
    borderRadius: 6,
    colorBgLayout: "#f0f2f5",
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { siderBg, headerBg: "#ffffff", headerHeight: 56, headerPadding: "0 16px" },
    Menu: {
      darkItemBg: siderBg,
      darkSubMenuItemBg: "#081c36",
      darkItemSelectedBg: "#1f5fbf",
      darkItemColor: "rgba(255,255,255,0.75)",
    },
    Card: { headerFontSize: 15 },
    Table: { headerBg: "#f5f7fa" },
  },
};
