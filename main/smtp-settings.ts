import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { smtpSettingsInput, type SmtpSettings, type SmtpState } from '../shared/api';

/** Encryption by the operating system's keychain (the desktop app only). */
export interface Keychain {
  /** Whether a real keychain backs the encryption on this computer; asked lazily because it may prompt. */
  available(): Promise<boolean>;
  encrypt(text: string): Promise<Buffer>;
  decrypt(data: Buffer): Promise<string>;
}

/** The part of Electron's safeStorage the keychain needs (structural, so tests need no Electron). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend(): string;
  encryptStringAsync(text: string): Promise<Buffer>;
  decryptStringAsync(data: Buffer): Promise<{ result: string }>;
}

/**
 * The OS keychain behind Electron's safeStorage. On Linux without a secret service safeStorage
 * falls back to 'basic_text', a fixed key anyone can read: that is no keychain, so passwords are
 * then kept nowhere.
 */
export function keychainOf(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Keychain {
  let availability: Promise<boolean> | null = null;
  const check = async () => {
    try {
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return false;
      return await safeStorage.isAsyncEncryptionAvailable();
    } catch {
      return false;
    }
  };
  return {
    available: () => (availability ??= check()),
    encrypt: (text) => safeStorage.encryptStringAsync(text),
    decrypt: async (data) => (await safeStorage.decryptStringAsync(data)).result,
  };
}

export const SETTINGS_FILE = 'smtp.json';
export const PASSWORD_FILE = 'smtp-password.bin';

/** What the encrypted blob holds: the password and the server and user it belongs to. */
const keptSchema = z.object({ host: z.string(), user: z.string(), password: z.string().min(1) }).strict();

const sameAccount = (a: { host: string; user: string }, b: { host: string; user: string }) =>
  a.host.toLowerCase() === b.host.toLowerCase() && a.user === b.user;

/**
 * The SMTP settings of this computer (`<dataDir>/smtp.json`, never a password) and, only when an
 * OS keychain exists, the password encrypted by it (`<dataDir>/smtp-password.bin`).
 */
export class SmtpSettingsStore {
  private readonly settingsFile: string;
  private readonly passwordFile: string;

  constructor(
    private readonly dataDir: string,
    private readonly keychain: Keychain | undefined,
  ) {
    this.settingsFile = path.join(dataDir, SETTINGS_FILE);
    this.passwordFile = path.join(dataDir, PASSWORD_FILE);
  }

  async hasKeychain(): Promise<boolean> {
    return this.keychain !== undefined && (await this.keychain.available());
  }

  settings(): SmtpSettings | null {
    try {
      const parsed = smtpSettingsInput.safeParse(JSON.parse(readFileSync(this.settingsFile, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      // Missing or damaged settings only mean the form starts empty.
      return null;
    }
  }

  async state(): Promise<SmtpState> {
    const settings = this.settings();
    const keychain = await this.hasKeychain();
    return { settings, passwordSaved: keychain && settings !== null && (await this.savedPassword(settings)) !== null, keychain };
  }

  /** The kept password for this server and user, or null (none kept, another account's, or the keychain cannot read it). */
  async savedPassword(smtp: Pick<SmtpSettings, 'host' | 'user'>): Promise<string | null> {
    if (!this.keychain || !smtp.user || !(await this.keychain.available())) return null;
    let blob: Buffer;
    try {
      blob = readFileSync(this.passwordFile);
    } catch {
      return null;
    }
    try {
      const kept = keptSchema.safeParse(JSON.parse(await this.keychain.decrypt(blob)));
      return kept.success && sameAccount(kept.data, smtp) ? kept.data.password : null;
    } catch {
      // Another user's or machine's keychain, or a damaged file: as if nothing were kept.
      return null;
    }
  }

  /** Saves the settings; a kept password of another server or user is dropped. */
  saveSettings(smtp: SmtpSettings): void {
    const before = this.settings();
    if (before && !sameAccount(before, smtp)) this.forgetPassword();
    const { host, port, security, user } = smtp;
    this.write(this.settingsFile, JSON.stringify({ host, port, security, user }, null, 2));
  }

  /** Encrypts the password with the OS keychain; only the encrypted blob touches the disk. */
  async keepPassword(smtp: Pick<SmtpSettings, 'host' | 'user'>, password: string): Promise<void> {
    if (!this.keychain) throw new Error('no OS keychain');
    this.write(this.passwordFile, await this.keychain.encrypt(JSON.stringify({ host: smtp.host, user: smtp.user, password })));
  }

  forgetPassword(): void {
    rmSync(this.passwordFile, { force: true });
  }

  private write(file: string, data: string | Buffer): void {
    mkdirSync(this.dataDir, { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
  }
}
