import { CameraOutlined, EnvironmentOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Result } from "antd";
import { useRef, useState, type ChangeEvent } from "react";
import { Link } from "react-router-dom";
import { errorMessage } from "../../api/client";
import { meApi } from "./api";

const MAX_SIDE = 1280;

/** The camera's picture, scaled down and re-encoded as a JPEG data URL (phone photos are large). */
function toJpeg(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      const scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(img.width * scale));
      canvas.height = Math.max(1, Math.round(img.height * scale));
      const g = canvas.getContext("2d");
      if (!g) return reject(new Error("canvas"));
      g.fillStyle = "#fff";
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      resolve(canvas.toDataURL("image/jpeg", 0.85));
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("image"));
    };
    img.src = url;
  });
}

function positionError(e: GeolocationPositionError): string {
  if (e.code === e.PERMISSION_DENIED)
    return "无法获取您的位置：您拒绝了定位权限。请在手机或浏览器的设置中允许本网站使用位置信息，然后重新签到。";
  if (e.code === e.TIMEOUT) return "获取位置超时，请到信号较好的地方后重试。";
  return "暂时无法获取您的位置，请打开手机的定位服务后重试。";
}

function currentPosition(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => {
    if (!("geolocation" in navigator)) {
      reject(new Error("本手机浏览器不支持定位，请更换浏览器后重试。"));
      return;
    }
    navigator.geolocation.getCurrentPosition(resolve, (e) => reject(new Error(positionError(e))), {
      enableHighAccuracy: true,
      timeout: 20_000,
      maximumAge: 60_000,
    });
  });
}

/** 拍照签到: a photo from the front camera and the browser's position. */
export default function CheckInPage() {
  const input = useRef<HTMLInputElement>(null);
  const [photo, setPhoto] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const onPhoto = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setError(null);
    try {
      setPhoto(await toJpeg(file));
    } catch {
      setError("无法读取照片，请重新拍照。");
    }
  };

  const submit = async () => {
    if (!photo) return setError("请先拍一张本人照片。");
    setBusy(true);
    setError(null);
    try {
      const pos = await currentPosition();
      await meApi.checkIn({
        latitude: pos.coords.latitude,
        longitude: pos.coords.longitude,
        accuracy: pos.coords.accuracy,
        photo,
      });
      setDone(new Date().toLocaleString("zh-CN"));
    } catch (e) {
      setError(e instanceof Error && !("status" in e) ? e.message : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <Result
        status="success"
        title="签到成功"
        subTitle={`签到时间：${done}。照片和位置已提交给司法所。`}
        extra={
          <Link to="/m/">
            <Button type="primary" size="large">
              返回首页
            </Button>
          </Link>
        }
        data-testid="m-check-in-done"
      />
    );

  return (
    <Card className="m-card" title="拍照签到" variant="borderless">
      <p className="m-hint">请拍一张本人正面照片，并允许获取位置。照片和位置只提交给您的司法所。</p>
      {error && (
        <Alert type="error" showIcon title={error} className="m-block" role="alert" data-testid="m-error" />
      )}
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="user"
        className="m-file"
        onChange={(e) => void onPhoto(e)}
        data-testid="m-photo-input"
      />
      {photo ? (
        <img src={photo} alt="签到照片" className="m-photo" onClick={() => input.current?.click()} />
      ) : (
        <Button
          block
          size="large"
          className="m-big-button"
          icon={<CameraOutlined />}
          onClick={() => input.current?.click()}
        >
          拍照
        </Button>
      )}
      <Button
        type="primary"
        block
        size="large"
        className="m-big-button"
        icon={<EnvironmentOutlined />}
        loading={busy}
        disabled={!photo}
        onClick={() => void submit()}
        data-testid="m-check-in-submit"
      >
        定位并签到
      </Button>
    </Card>
  );
}
