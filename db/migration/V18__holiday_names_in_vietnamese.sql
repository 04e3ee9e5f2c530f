-- Issue 18: the holiday seed (V3) named compensatory and swapped days in English, and the calendar
-- screen showed "(compensatory for Sunday 26 Apr)" in the Vietnamese UI. Renamed here, only where an
-- administrator has not already edited the name.
UPDATE calendar_day SET name = 'Tết Dương lịch (nghỉ bù cho Chủ nhật 01/01)'
 WHERE day = '2023-01-02' AND name = 'Tết Dương lịch (compensatory for Sunday 1 Jan)';
UPDATE calendar_day SET name = 'Nghỉ bù Giỗ Tổ Hùng Vương (thứ Bảy 29/4) và 30/4 (Chủ nhật)'
 WHERE day IN ('2023-05-02', '2023-05-03')
   AND name = 'Compensatory for Giỗ Tổ Hùng Vương (Sat 29 Apr) and 30/4 (Sun)';
UPDATE calendar_day SET name = 'Quốc khánh (ngày liền kề)'
 WHERE name = 'Quốc khánh (adjacent day)';
UPDATE calendar_day SET name = 'Quốc khánh (nghỉ bù cho thứ Bảy 02/9)'
 WHERE day = '2023-09-04' AND name = 'Quốc khánh (compensatory for Saturday 2 Sep)';
UPDATE calendar_day SET name = 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)'
 WHERE day = '2024-04-29' AND name = 'Swapped day off (worked Saturday 4 May)';
UPDATE calendar_day SET name = 'Làm bù cho ngày nghỉ 29/4'
 WHERE day = '2024-05-04' AND name = 'Make-up working day for 29 Apr';
UPDATE calendar_day SET name = 'Làm bù cho ngày nghỉ 02/5'
 WHERE day = '2025-04-26' AND name = 'Make-up working day for 2 May';
UPDATE calendar_day SET name = 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'
 WHERE day = '2025-05-02' AND name = 'Swapped day off (worked Saturday 26 Apr)';
UPDATE calendar_day SET name = 'Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 26/4)'
 WHERE day = '2026-04-27' AND name = 'Giỗ Tổ Hùng Vương (compensatory for Sunday 26 Apr)';
UPDATE calendar_day SET name = 'Quốc khánh (ngày liền kề; cần đối chiếu thông báo chính thức)'
 WHERE day = '2026-09-01' AND name = 'Quốc khánh (adjacent day; verify against the official notice)';
