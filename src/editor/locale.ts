/*
 * Decap CMS's screens in Indonesian, for the words an editor meets: signing in, the lists, the
 * form, saving, the review workflow and its messages. Decap lays these over its English phrases
 * (whatever is not here stays English: screens this project does not use, such as the media library).
 * The editor guide (content/README.md) quotes these words; change both together.
 */
export const indonesianPhrases = {
  auth: {
    login: 'Masuk',
    loggingIn: 'Sedang masuk...',
    loginWithGitHub: 'Masuk dengan GitHub',
  },
  app: {
    header: { content: 'Konten', workflow: 'Persetujuan', media: 'Media', quickAdd: 'Tambah cepat' },
    app: {
      errorHeader: 'Pengaturan penyunting tidak dapat dimuat',
      configErrors: 'Kesalahan pengaturan',
      checkConfigYml: 'Jalankan npm run editor:config, lalu muat ulang.',
      loadingConfig: 'Memuat pengaturan...',
    },
  },
  collection: {
    sidebar: { collections: 'Jenis konten', allCollections: 'Semua jenis konten', searchAll: 'Cari di semua', searchIn: 'Cari di' },
    collectionTop: {
      sortBy: 'Urutkan',
      viewAs: 'Tampilan',
      newButton: '%{collectionLabel} baru',
      newButtonAriaLabel: 'Buat %{collectionLabel} baru',
    },
    entries: { loadingEntries: 'Memuat isi...', noEntries: 'Belum ada isi', unpublishedHeader: 'Belum terbit' },
  },
  editor: {
    editorControl: { field: { optional: 'tidak wajib' } },
    editorControlPane: {
      widget: { required: '%{fieldLabel} wajib diisi.' },
      i18n: {
        writingInLocale: 'Bahasa %{locale}',
        copyFromLocale: 'Salin dari bahasa lain',
        copyFromLocaleConfirm: 'Salin isi dari bahasa %{locale}?\nSemua isi yang sudah ada akan ditimpa.',
      },
    },
    editor: {
      onLeavePage: 'Tinggalkan halaman ini? Perubahan yang belum disimpan akan hilang.',
      onUpdatingWithUnsavedChanges: 'Ada perubahan yang belum disimpan. Simpan dulu sebelum mengubah status.',
      onPublishingNotReady: 'Ubah status menjadi "Siap terbit" sebelum menerbitkan.',
      onPublishingWithUnsavedChanges: 'Ada perubahan yang belum disimpan. Simpan dulu sebelum menerbitkan.',
      onPublishing: 'Terbitkan isi ini?',
      loadingEntry: 'Memuat isi...',
    },
    editorToolbar: {
      publishing: 'Menerbitkan...',
      publish: 'Terbitkan',
      published: 'Sudah terbit',
      publishAndCreateNew: 'Terbitkan, lalu buat baru',
      publishAndDuplicate: 'Terbitkan, lalu gandakan',
      saving: 'Menyimpan...',
      save: 'Simpan',
      statusInfoTooltipDraft: 'Isi ini masih draf. Untuk meminta persetujuan, ubah statusnya menjadi "Ditinjau".',
      statusInfoTooltipInReview: 'Isi ini sedang ditinjau. Anda masih dapat mengubahnya selama peninjauan.',
      updating: 'Memperbarui...',
      status: 'Status: %{status}',
      backCollection: ' Menyunting %{collectionLabel}',
      unsavedChanges: 'Belum disimpan',
      changesSaved: 'Perubahan tersimpan',
      draft: 'Draf',
      inReview: 'Ditinjau',
      ready: 'Siap terbit',
      publishNow: 'Terbitkan sekarang',
      deployButtonLabel: 'Lihat di situs',
    },
    editorWidgets: {
      markdown: {
        bold: 'Tebal',
        italic: 'Miring',
        link: 'Tautan',
        linkPrompt: 'Tulis alamat tautannya',
        headings: 'Subjudul',
        bulletedList: 'Daftar berbutir',
        numberedList: 'Daftar bernomor',
        richText: 'Teks',
        markdown: 'Markdown',
      },
      headingOptions: { headingTwo: 'Subjudul', headingThree: 'Subjudul kecil' },
      list: { add: 'Tambah %{item}', addType: 'Tambah %{item}' },
      object: { expand: 'Buka', collapse: 'Tutup' },
    },
  },
  ui: {
    default: { goBackToSite: 'Kembali ke situs' },
    settingsDropdown: { logOut: 'Keluar' },
    toast: {
      onFailToLoadEntries: 'Isi gagal dimuat: %{details}',
      onFailToPersist: 'Gagal menyimpan: %{details}',
      onFailToUpdateStatus: 'Status gagal diubah: %{details}',
      missingRequiredField: 'Ada kolom wajib yang belum diisi. Lengkapi kolom bertanda merah, lalu simpan lagi.',
      entrySaved: 'Tersimpan',
      entryPublished: 'Sudah terbit',
      onFailToPublishEntry: 'Gagal menerbitkan: %{details}',
      entryUpdated: 'Status diperbarui',
      onLoggedOut: 'Anda telah keluar. Salin tulisan Anda ke tempat lain, lalu masuk lagi.',
    },
  },
  workflow: {
    workflow: {
      loading: 'Memuat daftar persetujuan',
      workflowHeading: 'Persetujuan',
      newPost: 'Isi baru',
      description: '%{smart_count} isi menunggu tinjauan, %{readyCount} siap terbit. |||| %{smart_count} isi menunggu tinjauan, %{readyCount} siap terbit.',
    },
    workflowCard: {
      publishChanges: 'Terbitkan perubahan',
      publishNewEntry: 'Terbitkan isi baru',
      deleteChanges: 'Hapus perubahan',
      deleteNewEntry: 'Hapus isi baru',
    },
    workflowList: {
      onPublishingNotReadyEntry: 'Hanya isi berstatus "Siap terbit" yang dapat diterbitkan. Seret kartunya ke kolom "Siap terbit".',
      onPublishEntry: 'Terbitkan isi ini?',
      draftHeader: 'Draf',
      inReviewHeader: 'Ditinjau',
      readyHeader: 'Siap terbit',
      currentEntries: '%{smart_count} isi |||| %{smart_count} isi',
    },
  },
};
