import type { ThemeConfig } from 'antd';

/** Government blue on white, Sarabun at 16 px: Thai script needs the size to stay legible. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4f91',
    colorLink: '#1d4f91',
    // antd's default grey text is below 4.5:1 on white; these pass WCAG AA.
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorSuccess: '#237804',
    colorError: '#c41d1d',
    colorWarning: '#ad6800',
    fontFamily: "Sarabun, 'Noto Sans Thai', Tahoma, sans-serif",
    fontSize: 16,
    borderRadius: 6,
  },
};
