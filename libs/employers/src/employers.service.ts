import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { EmployerEntity } from './entities/employer.entity';

@Injectable()
export class EmployersService {
  constructor(
    @InjectRepository(EmployerEntity) private readonly employers: Repository<EmployerEntity>,
  ) {}

  /** Employers by id, any hub: for DataLoaders, after the caller has scoped the parent rows. */
  findByIds(ids: readonly string[]): Promise<EmployerEntity[]> {
    return this.employers.findBy({ id: In([...ids]) });
  }

  /** One employer of a hub, or null. */
  findInHub(hubId: string, id: string): Promise<EmployerEntity | null> {
    return this.employers.findOneBy({ hubId, id });
  }
}
