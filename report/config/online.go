package config

// DefaultOnlineIndicators returns the online indicators of the contract,
// used when config.toml has no [[online_indicators]]: internet resources
// blocked, materials removed, accounts blocked, requests sent to
// platforms, criminal cases opened. The first two are main (charted).
func DefaultOnlineIndicators() []Indicator {
	return []Indicator{
		{Key: "resources", Type: "integer", Main: true,
			Label:   Text{"en": "Internet resources blocked", "ru": "Заблокировано интернет-ресурсов", "zh": "封锁网络资源"},
			Unit:    Text{"en": "resources", "ru": "ресурсов", "zh": "个"},
			Header:  Text{"en": "Internet resources blocked (resources)", "ru": "Заблокировано интернет-ресурсов", "zh": "封锁网络资源（个）"},
			Aliases: []string{"Internet resources blocked", "Resources blocked"}},
		{Key: "materials", Type: "integer", Main: true,
			Label:   Text{"en": "Materials removed", "ru": "Удалено материалов", "zh": "删除材料"},
			Unit:    Text{"en": "items", "ru": "ед.", "zh": "件"},
			Header:  Text{"en": "Materials removed (items)", "ru": "Удалено материалов", "zh": "删除材料（件）"},
			Aliases: []string{"Materials removed"}},
		{Key: "accounts", Type: "integer",
			Label:   Text{"en": "Accounts blocked", "ru": "Заблокировано аккаунтов", "zh": "封锁账户"},
			Unit:    Text{"en": "accounts", "ru": "ед.", "zh": "个"},
			Header:  Text{"en": "Accounts blocked (accounts)", "ru": "Заблокировано аккаунтов", "zh": "封锁账户（个）"},
			Aliases: []string{"Accounts blocked"}},
		{Key: "requests", Type: "integer",
			Label:   Text{"en": "Requests sent to platforms", "ru": "Направлено запросов владельцам платформ", "zh": "向平台发出请求"},
			Unit:    Text{"en": "requests", "ru": "ед.", "zh": "份"},
			Header:  Text{"en": "Requests sent to platforms (requests)", "ru": "Направлено запросов владельцам платформ", "zh": "向平台发出请求（份）"},
			Aliases: []string{"Requests sent to platforms", "Requests to platforms"}},
		{Key: "cases", Type: "integer",
			Label:   Text{"en": "Criminal cases opened", "ru": "Возбуждено уголовных дел", "zh": "立案刑事案件"},
			Unit:    Text{"en": "cases", "ru": "ед.", "zh": "件"},
			Header:  Text{"en": "Criminal cases opened (cases)", "ru": "Возбуждено уголовных дел", "zh": "立案刑事案件（件）"},
			Aliases: []string{"Criminal cases opened", "Criminal cases"}},
	}
}

// OnlineIndicatorIndex returns the position of the online indicator with
// the given key among OnlineIndicators, or -1 when there is none.
func (c *Config) OnlineIndicatorIndex(key string) int {
	for i, ind := range c.OnlineIndicators {
		if ind.Key == key {
			return i
		}
	}
	return -1
}

// IndicatorsOf returns the indicators of a dataset's sheet: the border
// indicators for "border", the online ones for "online", none for the
// others.
func (c *Config) IndicatorsOf(dataset string) []Indicator {
	switch dataset {
	case "border":
		return c.Indicators
	case "online":
		return c.OnlineIndicators
	}
	return nil
}
