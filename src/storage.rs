//! Study progress in localStorage. A damaged or old entry is reported and kept aside under a
//! backup key, never silently dropped; a failed write (quota, private mode) is reported.

use briefing::progress::{Progress, ProgressError, VERSION};

/// What went wrong with a progress document, for the reader.
pub fn describe(e: &ProgressError) -> String {
    match e {
        ProgressError::Corrupt(_) => "内容已损坏".into(),
        ProgressError::UnknownVersion(v) => format!("格式版本为 {v}，本应用读取版本 {VERSION}"),
    }
}

const KEY: &str = "briefing-explorer/progress";
const BACKUP_KEY: &str = "briefing-explorer/progress.unreadable";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A small setting (theme): read, or written (`None` removes it). A storage that is missing,
/// full or disabled only means the setting is not remembered.
pub fn setting(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

pub fn set_setting(key: &str, value: Option<&str>) {
    if let Some(s) = storage() {
        let _ = match value {
            Some(v) => s.set_item(key, v),
            None => s.remove_item(key),
        };
    }
}

/// The saved progress, and a message for the reader when it could not be used.
pub fn load() -> (Progress, Option<String>) {
    let Some(s) = storage() else {
        return (Progress::new(), Some("本浏览器不允许保存学习记录；本次练习结果不会保留。".into()));
    };
    match s.get_item(KEY) {
        Ok(None) => (Progress::new(), None),
        Ok(Some(raw)) => match Progress::from_json(&raw) {
            Ok(p) => (p, None),
            Err(e) => {
                let kept = s.set_item(BACKUP_KEY, &raw).is_ok();
                let _ = s.remove_item(KEY);
                let where_kept = if kept { format!("原内容已另存为“{BACKUP_KEY}”。") } else { String::new() };
                (Progress::new(), Some(format!("学习记录无法读取（{}），已重新开始。{where_kept}", describe(&e))))
            }
        },
        Err(_) => (Progress::new(), Some("无法读取学习记录。".into())),
    }
}

pub fn save(p: &Progress) -> Result<(), String> {
    let s = storage().ok_or_else(|| "本浏览器不允许保存学习记录。".to_string())?;
    s.set_item(KEY, &p.to_json()).map_err(|_| "保存学习记录失败：存储空间已满或被浏览器禁用。".to_string())
}

pub fn clear() -> Result<(), String> {
    let s = storage().ok_or_else(|| "本浏览器不允许保存学习记录。".to_string())?;
    s.remove_item(KEY).map_err(|_| "无法清空学习记录。".to_string())
}
