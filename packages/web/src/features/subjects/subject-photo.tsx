import { CameraOutlined, UserOutlined } from "@ant-design/icons";
import { App, Button, Image, Upload } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client";

interface Props {
  subjectId: string;
  hasPhoto: boolean;
  /** Changes whenever the photo may have changed, so the browser fetches it again. */
  version: string | number;
  canUpload: boolean;
  onUploaded(): void;
}

const MAX_BYTES = 2 * 1024 * 1024;

export function SubjectPhoto({ subjectId, hasPhoto, version, canUpload, onUploaded }: Props) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [bust, setBust] = useState(0);

  const upload = async (file: File) => {
    if (file.type !== "image/jpeg" && file.type !== "image/png") {
      void message.error("照片必须是 JPEG 或 PNG 图片");
      return;
    }
    if (file.size > MAX_BYTES) {
      void message.error("照片不能超过 2MB");
      return;
    }
    setUploading(true);
    try {
      await api.put<void>(`/api/subjects/${subjectId}/photo`, { body: file, contentType: file.type });
      void message.success("照片已上传");
      setBust(Date.now());
      onUploaded();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className="subject-photo">
      {hasPhoto ? (
        <Image
          src={`/api/subjects/${subjectId}/photo?v=${encodeURIComponent(String(version))}-${bust}`}
          alt="矫正对象照片"
          width={132}
          height={176}
          style={{ objectFit: "cover" }}
          data-testid="subject-photo"
        />
      ) : (
        <div className="subject-photo-empty" aria-label="暂无照片">
          <UserOutlined />
          <span>暂无照片</span>
        </div>
      )}
      {canUpload && (
        <Upload
          accept="image/jpeg,image/png"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button
            size="small"
            icon={<CameraOutlined />}
            loading={uploading}
            style={{ marginTop: 8, width: 132 }}
          >
            {hasPhoto ? "更换照片" : "上传照片"}
          </Button>
        </Upload>
      )}
    </div>
  );
}
