-- bench/lists.sh: one million public users for the list benchmark, straight into user-service's database.
-- Idempotent: does nothing once the first bench user exists (found through the unique lower(email) index).
-- Names, cities and statuses are skewed like real data so that a fragment or a filter is as selective as in use.
\set ON_ERROR_STOP on
select not exists (select 1 from public_user where lower(email) = 'bench.user.1@bench.example') as need_seed \gset
\if :need_seed
begin;
-- Bench rows bypass the service (no outbox events, no PII cipher): the ID document is a fixed dummy ciphertext,
-- which lists never decrypt (they show the hint only).
insert into public_user (id, full_name, email, phone, address, city, state, postal_code, country, date_of_birth,
                         id_document_type, id_document_number_enc, id_document_hint, status, email_verified_at,
                         phone_verified_at, current_plan, created_by, created_at, updated_at, version)
select uuidv7(t.created_at - now()),
       f.first || ' ' || l.last,
       'bench.user.' || g || '@bench.example',
       '+2349' || lpad(g::text, 9, '0'),
       (g % 300) || ' Bench Street',
       c.city, c.city || ' State', lpad((g % 99999)::text, 5, '0'), c.country,
       date '1960-01-01' + (g % 15000),
       'passport', '\x00000000000000000000000000000000000000000000'::bytea, lpad((g % 10000)::text, 4, '0'),
       case when h.h1 % 20 = 0 then 'blocked' when h.h1 % 20 < 4 then 'pending_verification' else 'active' end,
       case when h.h1 % 20 >= 4 then t.created_at end, null,
       case g % 5 when 0 then null when 1 then 'Basic 5GB' when 2 then 'Plus 20GB' when 3 then 'Unlimited' else 'Data 50GB' end,
       'bench', t.created_at, t.created_at, 0
from generate_series(1, 1000000) g
-- Independent pseudo-random picks per row (hashint4 is deterministic), so filters do not correlate with each other.
cross join lateral (select abs(hashint4(g)::bigint) as h1, abs(hashint4(g + 10000000)::bigint) as h2,
                           abs(hashint4(g + 20000000)::bigint) as h3, abs(hashint4(g + 30000000)::bigint) as h4) h
cross join lateral (select now() - g * interval '30 seconds' as created_at) t
cross join lateral (select (array['Amina','Chinedu','Ngozi','Tunde','Fatima','Emeka','Aisha','Kwame','Ama','Kofi',
        'Zainab','Ibrahim','Grace','John','Mary','Peter','Sarah','David','Esther','Samuel','Joy','Daniel','Blessing',
        'Michael','Ruth','Joseph','Halima','Musa','Yemi','Bola','Femi','Kemi','Sade','Tobi','Uche','Ada','Obinna',
        'Chioma','Ifeoma','Nnamdi'])[1 + h.h3 % 40] as first) f
cross join lateral (select (array['Okafor','Adeyemi','Bello','Okonkwo','Mensah','Owusu','Boateng','Asante','Diallo',
        'Traore','Ogunleye','Eze','Nwosu','Abubakar','Mohammed','Danjuma','Afolabi','Balogun','Oyelaran','Chukwu',
        'Nwachukwu','Ibekwe','Adebayo','Olawale','Ogunbiyi','Oladipo','Akande','Lawal','Sanni','Yusuf','Aliyu',
        'Osei','Appiah','Darko','Kuffour','Agyeman','Ansah','Quaye','Tetteh','Addo','Amoah','Sarpong','Kamara',
        'Conteh','Sesay','Koroma','Bangura','Turay','Jalloh','Barrie','Kargbo','Mansaray','Fofanah','Kanu','Obi',
        'Okeke','Uzor','Iwu','Onyeka','Achebe','Soyinka','Adichie','Emecheta','Okri','Habila','Abani','Iweala',
        'Atta','Onuzo','Ndibe','Mbah','Ugwu','Anozie','Ezeh','Ekwueme','Azikiwe','Awolowo','Bankole','Fashola',
        'Tinubu','Sanwo','Ambode','Lateef','Jakande','Mimiko','Fayemi','Aregbesola','Oyinlola','Akala','Ladoja',
        'Ajimobi','Makinde','Alao','Akinjide','Rotimi','Olaniyan','Durojaiye','Ogundipe','Adewale','Gbadamosi'])
        [1 + h.h4 % 100] as last) l
cross join lateral (select (array['Lagos','Lagos','Lagos','Abuja','Abuja','Kano','Ibadan','Port Harcourt','Benin City',
        'Enugu','Accra','Accra','Kumasi','Tamale','Nairobi','Nairobi','Mombasa','Kisumu','Kampala','Entebbe',
        'Dar es Salaam','Arusha','Dakar','Abidjan','Freetown','Johannesburg','Cape Town','Durban','Kigali','Lusaka'])
        [1 + h.h2 % 30] as city) cc
cross join lateral (select cc.city, case
        when cc.city in ('Lagos','Abuja','Kano','Ibadan','Port Harcourt','Benin City','Enugu') then 'NG'
        when cc.city in ('Accra','Kumasi','Tamale') then 'GH' when cc.city in ('Nairobi','Mombasa','Kisumu') then 'KE'
        when cc.city in ('Kampala','Entebbe') then 'UG' when cc.city in ('Dar es Salaam','Arusha') then 'TZ'
        when cc.city = 'Dakar' then 'SN' when cc.city = 'Abidjan' then 'CI' when cc.city = 'Freetown' then 'SL'
        when cc.city = 'Kigali' then 'RW' when cc.city = 'Lusaka' then 'ZM' else 'ZA' end as country) c;
commit;
\endif
