/**
 * The offices' contact facts shown in the footer of every page (components/layout/
 * site-footer.tsx); the words around them are in the `footer` catalogue.
 *
 * PLACEHOLDERS: the addresses, telephone numbers and the helpdesk email below are realistic
 * placeholders written for the client to confirm (Dinas PMPTSP and Dinas Koperasi dan UKM
 * Provinsi Sumatera Utara). While `confirmed` is false the footer says that they await
 * confirmation. Once confirmed, correct the values and set `confirmed: true`.
 */
export const SITE_CONTACT = {
  confirmed: false,
  offices: [
    {
      key: "pmptsp",
      address: "Jl. K.H. Wahid Hasyim No. 8A, Merdeka, Medan Baru, Kota Medan 20154",
      phone: "(061) 4514 911",
    },
    {
      key: "diskop",
      address: "Jl. Jenderal Gatot Subroto No. 150, Sei Sikambing, Medan Petisah, Kota Medan 20119",
      phone: "(061) 4512 263",
    },
  ],
  helpdesk: { email: "helpdesk.kemitraan@sumutprov.go.id", phone: "(061) 4514 900", whatsapp: "0811 6000 2026" },
} as const;
