import { describe, expect, it } from 'vitest';
import { ConfigError, kaartTegelsBron, loadConfig, STANDAARD_KAART_TEGELS } from './config.ts';

describe('map tiles setting', () => {
  it('defaults to the PDOK BRT-Achtergrondkaart with its attribution', () => {
    const config = loadConfig({});
    expect(config.kaartTegels).toBe(STANDAARD_KAART_TEGELS);
    expect(config.kaartBronvermelding).toContain('Kadaster');
    expect(kaartTegelsBron(config.kaartTegels)).toBe('https://service.pdok.nl');
  });

  it('takes an own tile server; its origin (with {s} as a wildcard) goes in the CSP', () => {
    const config = loadConfig({
      KRING_KAART_TEGELS: 'https://{s}.Tiles.example.org/{z}/{x}/{y}.png',
    });
    expect(config.kaartBronvermelding).toBe('');
    expect(kaartTegelsBron(config.kaartTegels)).toBe('https://*.tiles.example.org');
  });

  it('refuses a template without https or without {z}/{x}/{y}', () => {
    expect(() =>
      loadConfig({ KRING_KAART_TEGELS: 'http://tiles.example.org/{z}/{x}/{y}.png' }),
    ).toThrow(ConfigError);
    expect(() => loadConfig({ KRING_KAART_TEGELS: 'https://tiles.example.org/tile.png' })).toThrow(
      ConfigError,
    );
  });
});
